// atomic_workers.go - a worker pool counting with sync/atomic: processed
// and failed counters, a high-water mark with CompareAndSwap, the current
// config in an atomic.Value and an atomic.Pointer, a once-only init.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name  string
	Limit int
}

var (
	processed atomic.Int64
	failed    int32
	inFlight  atomic.Int32
	peak      atomic.Int32
	cfg       atomic.Value
	cfgPtr    atomic.Pointer[Config]
	once      sync.Once
	ready     atomic.Bool
)

func track() {
	n := inFlight.Add(1)
	for {
		p := peak.Load()
		if n <= p || peak.CompareAndSwap(p, n) {
			break
		}
	}
}

func main() {
	cfg.Store(Config{"v1", 10})
	cfgPtr.Store(&Config{"p1", 1})
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := map[int]int{}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			once.Do(func() { ready.Store(true) })
			for j := range jobs {
				track()
				if j%7 == 0 {
					atomic.AddInt32(&failed, 1)
				} else {
					processed.Add(1)
					mu.Lock()
					results[j%3]++
					mu.Unlock()
				}
				inFlight.Add(-1)
			}
		}(w)
	}
	for i := 1; i <= 100; i++ {
		jobs <- i
		if i == 50 {
			cfg.Store(Config{"v2", 20})
			old := cfgPtr.Swap(&Config{"p2", 2})
			fmt.Println("swapped out", old.Name)
		}
	}
	close(jobs)
	wg.Wait()
	fmt.Println("processed", processed.Load(), "failed", atomic.LoadInt32(&failed), "in flight", inFlight.Load())
	fmt.Println("peak within pool:", peak.Load() >= 1 && peak.Load() <= 4, "ready:", ready.Load())
	keys := []int{}
	for k := range results {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("mod %d: %d\n", k, results[k])
	}
	c := cfg.Load().(Config)
	fmt.Printf("%+v %+v\n", c, *cfgPtr.Load())
	fmt.Println(cfg.CompareAndSwap(Config{"v2", 20}, Config{"v3", 30}), cfg.Load())
	var u atomic.Uint64
	u.Store(1 << 63)
	fmt.Println(u.Add(1<<63), u.Load(), atomic.AddUint32(new(uint32), ^uint32(0)))
	defer func() { fmt.Println("recovered:", recover()) }()
	cfg.Store("a string")
}
