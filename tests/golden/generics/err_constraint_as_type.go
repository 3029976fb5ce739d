package main

import "fmt"

// An interface with a type set (a union) is only a constraint: it cannot be
// the type of a variable or a parameter.

type Number interface {
	~int | ~float64
}

func main() {
	var n Number = 3
	fmt.Println(n)
}
