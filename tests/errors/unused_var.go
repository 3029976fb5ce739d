package main

import "fmt"

// A local variable that is declared but never used.

func main() {
	names := []string{"a", "b"}
	count := 0
	for _, n := range names {
		fmt.Println(n)
	}
}
