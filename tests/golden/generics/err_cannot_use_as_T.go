package main

import "fmt"

// A constant is not assignable to a type parameter whose type set contains
// non-numeric types (T constrained by any).

func Fill[T any](xs []T) {
	for i := range xs {
		xs[i] = 0
	}
}

func main() {
	s := []int{1, 2}
	Fill(s)
	fmt.Println(s)
}
