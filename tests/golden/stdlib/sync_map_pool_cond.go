// sync_map_pool_cond.go - sync.Map (struct keys, Range with deletes, an
// unhashable key), sync.Pool order, sync.Cond broadcast, RWMutex.Try*.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type key struct{ a, b int }

func main() {
	var m sync.Map
	for i := 0; i < 100; i++ {
		m.Store(key{i, i * i}, fmt.Sprint(i))
	}
	m.Store(1.5, nil)
	m.Store("s", []int{1})
	v, ok := m.Load(key{7, 49})
	fmt.Println(v, ok)
	v, ok = m.Load(key{7, 48})
	fmt.Println(v, ok)
	v, ok = m.Load(1.5)
	fmt.Println(v, ok)
	n := 0
	m.Range(func(k, v any) bool {
		if _, isKey := k.(key); isKey {
			m.Delete(k)
		}
		n++
		return true
	})
	var rest []string
	m.Range(func(k, v any) bool { rest = append(rest, fmt.Sprintf("%v=%v", k, v)); return true })
	sort.Strings(rest)
	fmt.Println(n, rest)
	stop := 0
	m.Range(func(k, v any) bool { stop++; return false })
	fmt.Println(stop)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, 1)
	}()
	p := sync.Pool{}
	fmt.Println(p.Get())
	p.Put("a")
	p.Put("b")
	p.Put("c")
	p.Put(nil)
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	woke := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				c.Wait()
			}
			woke++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woke", woke)
	c.Signal()
	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	var l sync.Locker = &rw
	l.Unlock()
	fmt.Printf("%T\n", c)
}
