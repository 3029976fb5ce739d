package main

import "fmt"

// A generic struct type embedding its own instantiation by value is an
// invalid recursive type (infinite size), as for non-generic types.

type Node[T any] struct {
	Node[T]
	val T
}

func main() {
	fmt.Println(Node[int]{})
}
