package main

import (
	"fmt"
	"sync"
)

// Spawn 100,000 goroutines that all block on one channel, then release
// and join them: stack allocation, parking and peak memory.
func main() {
	const n = 100000
	var wg sync.WaitGroup
	start := make(chan struct{})
	results := make(chan int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			results <- i % 7
		}(i)
	}
	close(start)
	wg.Wait()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
