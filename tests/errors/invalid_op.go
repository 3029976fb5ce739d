package main

import "fmt"

// An operator that is not defined on the operands' type.

func main() {
	greeting := "hello"
	fmt.Println(greeting - "h")
}
