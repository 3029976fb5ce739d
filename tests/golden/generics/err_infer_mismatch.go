package main

import "fmt"

// Two typed arguments for one type parameter with different types: T is
// inferred as int from x, and y's float64 does not match.

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	x, y := 1, 2.5
	fmt.Println(Max(x, y))
}
