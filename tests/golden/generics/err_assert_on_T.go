package main

import "fmt"

// A type assertion directly on a value of type parameter type is invalid
// (it must be converted to an interface first: any(x).(int)).

func AsInt[T any](x T) int {
	return x.(int)
}

func main() {
	fmt.Println(AsInt(1))
}
