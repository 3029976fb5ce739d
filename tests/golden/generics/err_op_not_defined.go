package main

import "fmt"

// The constraint `any` permits no arithmetic: + on values of type T is an
// invalid operation.

func Add[T any](a, b T) T {
	return a + b
}

func main() {
	fmt.Println(Add(1, 2))
}
