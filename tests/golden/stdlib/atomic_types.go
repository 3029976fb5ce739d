package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type cfg struct{ name string }

func main() {
	var i32 atomic.Int32
	var i64 atomic.Int64
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	var up atomic.Uintptr
	var b atomic.Bool
	var v atomic.Value
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				i32.Add(1)
				i64.Add(-2)
				u32.Add(3)
				u64.Add(4)
				up.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), i64.Load(), u32.Load(), u64.Load(), up.Load())
	fmt.Println(i32.Swap(5), i32.Load(), i32.CompareAndSwap(5, 6), i32.CompareAndSwap(5, 7), i32.Load())
	u32.Store(0)
	fmt.Println(u32.Add(^uint32(0)), u64.Swap(1), u64.CompareAndSwap(1, 2), u64.Load())
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(true, false), b.Load())
	fmt.Println(v.Load() == nil)
	v.Store(cfg{"a"})
	fmt.Println(v.Load().(cfg).name, v.Swap(cfg{"b"}).(cfg).name, v.CompareAndSwap(cfg{"b"}, cfg{"c"}), v.Load())
	fmt.Printf("%T %T\n", &i64, &v)
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store(42)
}
