package main

import "fmt"

// A type parameter that appears only in the result cannot be inferred from
// the call's arguments (there are none).

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Zero[int]())
	fmt.Println(Zero())
}
