package main

import "fmt"

type T struct{ a, b int }

func main() {
	p := &[]T{{1, 2}, {3, 4}}
	q := &[]int{1, 2, 3}
	r := &[2]T{{5, 6}}
	m := &map[string]T{"x": {7, 8}}
	(*p)[0].a = 9
	fmt.Println(*p, len(*q), (*q)[2], r[0], (*m)["x"].b)
	ps := []*T{{1, 2}, &T{3, 4}}
	fmt.Println(*ps[0], ps[1].b)
}
