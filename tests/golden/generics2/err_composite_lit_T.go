package main

import "fmt"

// A composite literal of a type parameter type with no core type.

type Point struct{ X, Y int }

func Origin[T any]() T {
	return T{}
}

func main() {
	fmt.Println(Origin[Point]())
}
