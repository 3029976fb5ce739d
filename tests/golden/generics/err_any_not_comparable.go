package main

import "fmt"

// In Go 1.19 `any` does not satisfy `comparable` (an interface type is not
// strictly comparable), so Index[any] is rejected.

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Index([]int{1, 2}, 2))
	fmt.Println(Index([]any{1, "a"}, any("a")))
}
