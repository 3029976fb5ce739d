package main

import (
	"fmt"
	"sync"
)

func worker(ch chan int) {
	ch <- 1
	ch <- 2
}

func main() {
	ch := make(chan int)
	go worker(ch)
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
	}()
	fmt.Println(<-ch)
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
