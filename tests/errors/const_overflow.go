package main

import "fmt"

// A constant that does not fit in the variable's type.

func main() {
	var level uint8 = 256
	fmt.Println(level)
}
