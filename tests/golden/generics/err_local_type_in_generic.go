package main

import "fmt"

// Go 1.19 does not support type declarations inside generic functions.

func Twice[T any](x T) {
	type pair struct{ a, b T }
	fmt.Println(pair{x, x})
}

func main() {
	Twice(1)
}
