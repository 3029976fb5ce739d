package main

import "fmt"

// A generic type whose underlying type would be the type parameter itself.

type Num[T ~int | ~float64] T

func main() {
	var n Num[int]
	fmt.Println(n)
}
