package main

import "fmt"

// Index out of range on a slice, found in a helper function.

func average(scores []int, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += scores[i]
	}
	return total / n
}

func main() {
	scores := []int{70, 80, 90}
	fmt.Println("average of 3:", average(scores, 3))
	fmt.Println("average of 5:", average(scores, 5))
	fmt.Println("unreachable")
}
