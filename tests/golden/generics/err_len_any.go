package main

import "fmt"

// len of a value whose type parameter is constrained by any.

func Size[T any](x T) int {
	return len(x)
}

func main() {
	fmt.Println(Size("abc"))
}
