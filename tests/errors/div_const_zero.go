package main

import "fmt"

// Integer division by a constant zero is a compile-time error.

func main() {
	n := 10
	fmt.Println(n / 0)
}
