package main

import "fmt"

// == needs comparable: a type parameter constrained by any cannot be
// compared.

func Contains[T any](xs []T, x T) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func main() {
	fmt.Println(Contains([]int{1}, 1))
}
