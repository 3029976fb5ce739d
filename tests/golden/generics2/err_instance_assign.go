package main

import "fmt"

// Different instantiations are different types.

type Box[T any] struct{ V T }

func main() {
	b := Box[int]{1}
	var c Box[int64]
	c = b
	var d Box[int64] = Box[int]{2}
	fmt.Println(c, d)
}
