package main

import "fmt"

// A method receiver listing more type parameters than its generic type
// declares.

type Box[T any] struct{ V T }

func (b Box[T, U]) Get() T { return b.V }

func main() {
	fmt.Println(Box[int]{})
}
