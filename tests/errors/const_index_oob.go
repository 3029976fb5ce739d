package main

import "fmt"

// A constant index outside an array's bounds is a compile-time error.

func main() {
	var scores [3]int
	scores[3] = 10
	fmt.Println(scores)
}
