package main

import "fmt"

// Too many type arguments for a generic function.

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max[int, float64](1, 2))
}
