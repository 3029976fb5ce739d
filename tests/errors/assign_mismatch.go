package main

import "fmt"

// Assigning a two-result call to a single variable.

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	q := divmod(7, 2)
	fmt.Println(q)
}
