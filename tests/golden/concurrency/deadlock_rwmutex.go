package main

import (
	"sync"
)

func main() {
	var rw sync.RWMutex
	var rw2 sync.RWMutex
	rw2.RLock()
	rw.Lock()
	go func() { rw.RLock() }()
	go func() { rw2.Lock() }()
	rw.Lock()
}
