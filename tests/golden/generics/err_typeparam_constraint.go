package main

import "fmt"

// A type parameter used as the constraint of another type parameter.

func Convert[T any, U T](x U) T {
	return x
}

func main() {
	fmt.Println(Convert[int, int](1))
}
