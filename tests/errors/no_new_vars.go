package main

import "fmt"

// := with no new variable on its left side.

func main() {
	x, y := 1, 2
	x, y := y, x
	fmt.Println(x, y)
}
