package main

import "fmt"

// A type switch directly on a value of type parameter type is invalid.

func Kind[T any](x T) string {
	switch x.(type) {
	case int:
		return "int"
	}
	return "other"
}

func main() {
	fmt.Println(Kind(1))
}
