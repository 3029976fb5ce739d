package main

import "fmt"

// A shift on a type parameter whose type set includes a float type.

func Twice[T ~int | ~float64](x T) T {
	return x << 1
}

func main() {
	fmt.Println(Twice(3))
}
