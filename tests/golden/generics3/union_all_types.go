// A union with a term of all types (any | int) restricts nothing: an
// ordinary interface, usable as a type (Go's test/typeparam/issue52124.go).
package main

import "fmt"

type I interface{ any | int }

type J interface {
	interface{} | string
	String() string
}

type str string

func (s str) String() string { return string(s) }

func show[T J](x T) string { return x.String() }

func main() {
	var x I = 42
	var y I = "xxx"
	fmt.Println(x, y)
	var j J = str("j")
	fmt.Println(show(str("s")), j.String())
}
