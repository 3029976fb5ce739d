package main

import "fmt"

// Go 1.19 has no generic type aliases: an alias declaration cannot have
// type parameters.

type Box[T any] struct{ V T }

type Alias[T any] = Box[T]

func main() {
	fmt.Println(Box[int]{})
}
