package main

import "fmt"

type K struct{ a, b int }

func main() {
	m := map[any]int{}
	m[1]++
	m["x"] += 2
	m[K{1, 2}] += 3
	m[1] += 10
	fmt.Println(m[1], m["x"], m[K{1, 2}], len(m))
	var mi map[interface{ String() string }]int
	_ = mi
}
