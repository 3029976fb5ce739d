package main

import "fmt"

// Two typed arguments that disagree on T.

func Max[T int | int64 | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	count := 3
	ratio := 2.5
	fmt.Println(Max(count, ratio))
}
