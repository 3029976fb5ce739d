package main

import "fmt"

// A map keyed by a type parameter needs comparable.

func Index[T any](xs []T) map[T]int {
	m := make(map[T]int)
	for i, x := range xs {
		m[x] = i
	}
	return m
}

func main() {
	fmt.Println(Index([]string{"a"}))
}
