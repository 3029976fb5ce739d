package main

import "fmt"

// comparable allows == but not <.

func Max[T comparable](a, b T) T {
	if a < b {
		return b
	}
	return a
}

func main() {
	fmt.Println(Max(1, 2))
}
