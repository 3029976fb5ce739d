package main

import "fmt"

// %T of instantiations whose type arguments are types declared inside
// functions: Go names each such local type with a "·N" suffix numbered
// through the package (local·1 in f, local·2 in g, local·3 in main), and
// qualifies the unexported fields of struct type arguments with the
// package (main.b).

type Box[T any] struct{ V T }

func Make[T any]() any { return Box[T]{} }

func f() any {
	type local struct{ n int }
	return Box[local]{}
}

func g() any {
	type local struct{ s string }
	return Box[local]{}
}

func main() {
	type local int
	fmt.Printf("%T\n", Box[local]{})
	fmt.Printf("%T %T\n", f(), g())
	fmt.Println(f() == g(), f() == f())
	fmt.Printf("%T\n", Make[local]())
	fmt.Printf("%T\n", Make[struct {
		A int `json:"a"`
		b string
	}]())
	fmt.Printf("%T\n", Make[struct{ B, C bool }]())
}
