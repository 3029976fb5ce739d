package main

import "fmt"

// A slice expression with low > high panics with a different text.

func between(s string, from, to int) string {
	return s[from:to]
}

func main() {
	fmt.Println(between("hello world", 0, 5))
	fmt.Println(between("hello world", 6, 3))
}
