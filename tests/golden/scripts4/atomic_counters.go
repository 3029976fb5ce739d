package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var hits int64
	var misses atomic.Int64
	var flags uint32
	var u atomic.Uint32
	var b atomic.Bool
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if i%3 == 0 {
					misses.Add(1)
				} else {
					atomic.AddInt64(&hits, 1)
				}
			}
			atomic.AddUint32(&flags, 1<<w)
			u.Add(2)
			b.Store(true)
		}(w)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&hits), misses.Load(), flags, u.Load(), b.Load())
	fmt.Println(atomic.CompareAndSwapInt64(&hits, 5336, 1), atomic.CompareAndSwapInt64(&hits, 5328, 1), hits)
	fmt.Println(atomic.SwapInt64(&hits, 99), hits)
	fmt.Println(misses.CompareAndSwap(2672, 0), misses.Swap(7), misses.Load())
	var i32 int32
	atomic.StoreInt32(&i32, -5)
	fmt.Println(atomic.AddInt32(&i32, 10), atomic.LoadInt32(&i32))
	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)), atomic.AddUint64(&u64, 2))
	var up uintptr
	atomic.StoreUintptr(&up, 42)
	fmt.Println(atomic.LoadUintptr(&up), atomic.CompareAndSwapUintptr(&up, 42, 43), up)
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(Config{"a", 1})
	fmt.Println(v.Load().(Config))
	old := v.Swap(Config{"b", 2})
	fmt.Println(old, v.Load(), v.CompareAndSwap(Config{"b", 2}, Config{"c", 3}), v.Load())
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	c1 := &Config{"x", 1}
	p.Store(c1)
	c2 := &Config{"y", 2}
	fmt.Println(p.CompareAndSwap(c1, c2), p.Load().Name, p.Swap(c1).Name, p.Load().Version)
	var i32a atomic.Int32
	var u64a atomic.Uint64
	var upa atomic.Uintptr
	i32a.Add(-3)
	u64a.Store(1 << 40)
	upa.Add(7)
	fmt.Println(i32a.Load(), u64a.Load(), upa.Load(), b.Swap(false), b.CompareAndSwap(false, true), b.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store("a string now")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var w atomic.Value
		w.Store(nil)
	}()
}
