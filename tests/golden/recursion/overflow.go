package main

import "fmt"

// Runaway recursion ends as Go ends it: "fatal error: stack overflow",
// exit status 2, and a trace of 100 frames then "...additional frames
// elided...".

func grow(n int) int {
	return grow(n+1) + 1
}

func main() {
	fmt.Println("before")
	fmt.Println(grow(0))
}
