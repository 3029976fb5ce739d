package main

import "fmt"

// nil slices and empty slices: both have length 0 and print as [], only
// the nil one equals nil; append, range, len and slicing work on both.

func collect(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	var nilSlice []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilSlice == nil, empty == nil, made == nil)
	fmt.Println(len(nilSlice), cap(nilSlice), len(empty), nilSlice, empty)
	fmt.Printf("%v %d %v\n", nilSlice, nilSlice, made)

	for range nilSlice {
		fmt.Println("never")
	}
	nilSlice = append(nilSlice, 1, 2)
	fmt.Println(nilSlice, nilSlice == nil)
	var z []string
	fmt.Println(z[:], z[0:0] == nil, len(z[:0]))

	evens := collect([]int{1, 3, 5}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens == nil, len(evens), evens)
	odds := collect([]int{1, 2, 3}, func(x int) bool { return x%2 == 1 })
	fmt.Println(odds)

	// slices of slices with nil rows
	grid := make([][]int, 3)
	grid[1] = []int{1, 2}
	for i, row := range grid {
		fmt.Println(i, row, row == nil, len(row))
	}
	var s2 [][]string
	s2 = append(s2, nil, []string{"a"})
	fmt.Println(s2, len(s2))
	fmt.Printf("%q\n", []string{"", "x"})
	bs := []byte(nil)
	fmt.Println(string(bs) == "", len(bs))
}
