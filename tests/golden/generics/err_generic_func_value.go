package main

import "fmt"

// A generic function used as a value without instantiation (no call to
// infer from).

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	f := Max
	fmt.Println(f(1, 2))
}
