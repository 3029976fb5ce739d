package main

import "fmt"

// A goroutine's runaway recursion is fatal for the whole program.

type tree struct{ left, right *tree }

func (t *tree) walk(n int) int {
	return t.walk(n+1) + n
}

func main() {
	fmt.Println("start")
	done := make(chan int)
	go func() {
		t := &tree{}
		done <- t.walk(0)
	}()
	fmt.Println(<-done)
}
