package main

import "fmt"

// Slice bounds out of range: paging past the capacity of a slice.

func page(items []string, n, size int) []string {
	start := n * size
	end := start + size
	return items[start:end]
}

func main() {
	items := []string{"a", "b", "c", "d", "e"}
	fmt.Println(page(items[:4], 0, 2))
	fmt.Println(page(items[:4], 1, 2))
	fmt.Println(page(items[:4], 2, 2))
}
