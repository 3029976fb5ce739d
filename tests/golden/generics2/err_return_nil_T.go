package main

import "fmt"

// nil is not a valid value of an arbitrary T.

func Find[T comparable](xs []T, x T) T {
	for _, v := range xs {
		if v == x {
			return v
		}
	}
	return nil
}

func main() {
	fmt.Println(Find([]string{"a"}, "b"))
}
