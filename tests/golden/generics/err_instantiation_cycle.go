package main

import "fmt"

// A generic function instantiating itself with an ever larger type
// argument (T, Box[T], Box[Box[T]], ...) is an instantiation cycle.

type Box[T any] struct{ V T }

func Nest[T any](x T, n int) int {
	if n == 0 {
		return 0
	}
	return 1 + Nest(Box[T]{x}, n-1)
}

func main() {
	fmt.Println(Nest(1, 3))
}
