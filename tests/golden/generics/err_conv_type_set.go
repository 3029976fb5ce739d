package main

import "fmt"

// A conversion from a type parameter must be valid for every type in its
// type set: string (in T) cannot be converted to float64. Go's message has
// a second line naming the offending term.

func ToFloat[T ~int | ~string](x T) float64 {
	return float64(x)
}

func main() {
	fmt.Println(ToFloat(1))
}
