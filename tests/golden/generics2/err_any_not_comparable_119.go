package main

import "fmt"

// Go 1.19: interface types (any, error) do not satisfy comparable.

func Dedup[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func main() {
	fmt.Println(Dedup([]any{1, "a", 1}))
	fmt.Println(Dedup([]error{nil}))
}
