package main

import "fmt"

// comparable cannot be a term of a union in a constraint.

type Key interface {
	comparable | ~string
}

func Id[T Key](x T) T { return x }

func main() {
	fmt.Println(Id("a"))
}
