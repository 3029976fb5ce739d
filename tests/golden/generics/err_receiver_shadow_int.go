package main

import "fmt"

// A classic mistake: in `func (b Box[int])` the name int is a new type
// parameter (shadowing the predeclared int), not a type argument, so b.V
// is not an int and 2 cannot be converted to it.

type Box[T any] struct{ V T }

func (b Box[int]) Double() int {
	return b.V * 2
}

func main() {
	fmt.Println(Box[int]{1}.Double())
}
