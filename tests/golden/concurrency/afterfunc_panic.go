package main

import (
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var rw2 sync.RWMutex
	rw2.RLock()
	rw.Lock()
	go func() { rw.RLock() }()
	go func() { rw2.Lock() }()
	time.AfterFunc(10*time.Millisecond, func() { panic("af") })
	time.Sleep(50 * time.Millisecond)
	rw.Lock()
}
