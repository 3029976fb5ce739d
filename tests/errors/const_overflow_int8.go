package main

import "fmt"

// Constant arithmetic that overflows a typed constant.

const Max int8 = 100

func main() {
	fmt.Println(Max * 2)
}
