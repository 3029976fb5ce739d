package main

import "fmt"

// + is defined on ~int | ~string, but the constant 1 cannot be converted to
// the string types of the type set.

func Incr[T ~int | ~string](x T) T {
	return x + 1
}

func main() {
	fmt.Println(Incr(1))
}
