package main

import "fmt"

// Passing a string where an int parameter is expected.

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	fmt.Println(repeat("ab", "3"))
}
