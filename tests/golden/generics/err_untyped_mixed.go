package main

import "fmt"

// Go 1.19 inference with untyped constants of different kinds for one type
// parameter: Max(1, 2.5) infers T = int from 1, then 2.5's default type
// float64 does not match (Go 1.21 changed this; 1.19 is the oracle).

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(1, 2.5))
}
