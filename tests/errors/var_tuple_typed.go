package main

import "fmt"

func pair() (int, string) { return 1, "a" }

// Each result of a call declared with one type must be assignable to it.
func main() {
	var a, b int = pair()
	fmt.Println(a, b)
}
