package main

import "fmt"

// range over a type parameter whose type set has no core type (a slice and
// a map).

func Count[T ~[]int | ~map[int]int](c T) int {
	n := 0
	for range c {
		n++
	}
	return n
}

func main() {
	fmt.Println(Count([]int{1, 2}))
}
