package main

import "fmt"

// Type arguments given to a function that is not generic: indexing a
// function value is invalid (Go prints the function type with its
// parameter names).

func Double(x int) int { return 2 * x }

func main() {
	fmt.Println(Double[int](1))
}
