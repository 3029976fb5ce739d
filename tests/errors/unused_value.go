package main

import "fmt"

// An expression statement whose value is not used.

func main() {
	x := 2
	x * 2
	fmt.Println(x)
}
