package main

import "fmt"

// The built-in functions in ordinary use: len, cap, append, copy, delete,
// new, make, on slices, maps, arrays, strings and nil values.

func main() {
	s := make([]int, 2, 5)
	fmt.Println(len(s), cap(s), s)
	s = append(s, 1, 2)
	fmt.Println(len(s), cap(s), s)
	m := make(map[string][]int)
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	fmt.Println(len(m), m, len(m["a"]))
	delete(m, "a")
	fmt.Println(len(m))

	arr := [5]int{}
	fmt.Println(len(arr), cap(arr), len("héllo"), len([]rune("héllo")))
	parr := &arr
	fmt.Println(len(parr), cap(arr[1:3]))

	dst := make([]byte, 3)
	fmt.Println(copy(dst, "abcdef"), string(dst))

	p := new(float64)
	*p = 2.5
	fmt.Println(*p)

	const c = len("constant")
	var buf [c]byte
	fmt.Println(c, len(buf))

	grid := make([][]rune, 2)
	for i := range grid {
		grid[i] = make([]rune, 3)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	var nilS []int
	fmt.Println(len(nilS), cap(nilS), append(nilS, 3))
	var nilM map[int]int
	fmt.Println(len(nilM))
	zeros := make([]string, 3)
	fmt.Printf("%q\n", zeros)
}
