package main

import (
	"fmt"
	"strconv"
)

// The function argument's parameter type disagrees with the slice's
// element type.

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	words := []string{"1", "2"}
	fmt.Println(Map(words, strconv.Itoa))
}
