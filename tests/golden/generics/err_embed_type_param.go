package main

import "fmt"

// A type parameter cannot be embedded as a struct field.

type Wrapper[T any] struct {
	T
	count int
}

func main() {
	fmt.Println(Wrapper[int]{})
}
