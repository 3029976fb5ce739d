package main

import "fmt"

// A function with a result whose last statement is not a return.

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
}

func main() {
	fmt.Println(sign(3))
}
