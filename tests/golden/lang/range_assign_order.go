package main

// A range loop's = targets are assigned as one assignment statement: the
// index operands of the left are evaluated before anything is stored
// (Go's test/range.go).

import "fmt"

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	r := []rune{'a', 'b'}
	j := 1
	for j, r[j] = range "c" {
		break
	}
	fmt.Println(j, string(r))

	m := map[int]string{}
	k := 7
	for k, m[k] = range []string{"zero"} {
	}
	fmt.Println(k, m)

	arr := [3]int{}
	n := 2
	for n, arr[n] = range [1]int{5} {
	}
	fmt.Println(n, arr)
}
