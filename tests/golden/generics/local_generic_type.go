package main

import "fmt"

// Go 1.19 accepts a generic type declared inside an ordinary (non-generic)
// function: instantiated there, with a method-less struct body, printed
// with %v and %T.

func main() {
	type Box[T any] struct{ V T }
	type Pair[K comparable, V any] struct {
		K K
		V V
	}
	a := Box[int]{1}
	b := Box[string]{"s"}
	p := Pair[string, Box[int]]{"k", a}
	fmt.Println(a, b, p)
	fmt.Printf("%T %T\n", a, b)
	fmt.Println(a == Box[int]{1}, p.V.V+1)
}
