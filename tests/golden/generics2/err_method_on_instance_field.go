package main

import "fmt"

// Calling a pointer method on a non-addressable instance value (the
// result of a generic constructor).

type Counter[T any] struct{ n int }

func (c *Counter[T]) Inc() { c.n++ }

func NewCounter[T any]() Counter[T] { return Counter[T]{} }

func main() {
	NewCounter[string]().Inc()
	fmt.Println("done")
}
