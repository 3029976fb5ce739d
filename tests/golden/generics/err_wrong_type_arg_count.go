package main

import "fmt"

// Instantiating a two-parameter generic type with one type argument.

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	p := Pair[string]{"a", 1}
	fmt.Println(p)
}
