package main

import "fmt"

// Methods cannot have type parameters of their own (a syntax error in Go
// 1.19).

type Box[T any] struct{ V T }

func (b Box[T]) Map[U any](f func(T) U) Box[U] {
	return Box[U]{f(b.V)}
}

func main() {
	fmt.Println(Box[int]{1})
}
