package main

import "fmt"

// Go's goroutine stacks grow to 1 GB: recursion a million calls deep runs
// in main, and a hundred thousand deep in any other goroutine.

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println("main:", depth(1000000))

	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func(n int) { done <- depth(n) }(100000 + g)
	}
	total := 0
	for g := 0; g < 4; g++ {
		total += <-done
	}
	fmt.Println("goroutines:", total)
}
