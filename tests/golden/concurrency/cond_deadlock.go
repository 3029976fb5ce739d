package main

// A deadlock in sync.Cond.Wait: Go 1.19 names the wait reason after the
// method ("goroutine 1 [sync.Cond.Wait]:"), not "semacquire".

import (
	"sync"
	"time"
)

var _ = time.Second

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	c := sync.NewCond(&mu)
	_, _, _ = c, &rw, &wg
	switch 1 { // the case this program takes
	case 1:
		mu.Lock()
		c.Wait()
	case 2:
		wg.Add(1)
		wg.Wait()
	case 3:
		mu.Lock()
		mu.Lock()
	case 4:
		rw.Lock()
		rw.RLock()
	case 5:
		select {}
	}
}
