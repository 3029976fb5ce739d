// spawn.go - collector benchmark: cheap goroutines. Spawns N goroutines
// that each take a mutex, update a counter and signal a WaitGroup, and
// joins them: stack reuse, scheduling and the garbage of a million
// closures.
// Usage: spawn.go [N]   (default 1000000)
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			mu.Lock()
			total += i & 1
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines:", n, "odd:", total)
}
