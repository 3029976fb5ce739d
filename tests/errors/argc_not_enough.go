package main

import "fmt"

// Calling a function with too few arguments.

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func main() {
	fmt.Println(clamp(15, 0))
}
