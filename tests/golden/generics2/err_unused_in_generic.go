package main

import "fmt"

// Ordinary mistakes inside generic bodies: unused variables and a
// missing return.

func Last[T any](xs []T) T {
	var zero T
	n := len(xs)
	for i := range xs {
		if i == n-1 {
			return xs[i]
		}
	}
}

func First[T any](xs []T) (T, bool) {
	tmp := 0
	if len(xs) == 0 {
		var zero T
		return zero, false
	}
	return xs[0], true
}

func main() {
	fmt.Println(Last([]int{1}))
	fmt.Println(First([]int{1}))
}
