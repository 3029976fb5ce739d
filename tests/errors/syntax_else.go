package main

import "fmt"

// else on its own line after the closing brace of if.

func main() {
	x := 3
	if x > 2 {
		fmt.Println("big")
	}
	else {
		fmt.Println("small")
	}
}
