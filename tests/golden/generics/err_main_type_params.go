package main

import "fmt"

// func main cannot have type parameters.

func main[T any]() {
	var x T
	fmt.Println(x)
}
