package main

import "fmt"

// A negative shift count held in a signed variable panics at run time.

func shift(x, n int) int {
	return x << n
}

func main() {
	fmt.Println(shift(1, 3))
	fmt.Println(shift(1, -1))
}
