package main

import "fmt"

// Calling a function with too many arguments.

func area(w, h int) int {
	return w * h
}

func main() {
	fmt.Println(area(3, 4, 5))
}
