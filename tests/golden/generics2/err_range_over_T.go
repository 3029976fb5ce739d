package main

import "fmt"

// Ranging over a value whose type parameter has no core type.

func Count[T any](c T) int {
	n := 0
	for range c {
		n++
	}
	return n
}

func main() {
	fmt.Println(Count([]int{1, 2}))
}
