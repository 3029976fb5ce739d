// atomic_pointer.go - sync/atomic's generic Pointer[T] (Go 1.19): zero value,
// Load/Store/Swap/CompareAndSwap, %T, inside a user generic type, as an
// interface's method set, as a method value, under contention.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Name string }

type T struct{ n int }

type Holder[T any] struct {
	cur atomic.Pointer[T]
}

func (h *Holder[T]) Get() *T { return h.cur.Load() }

type Loader interface{ Load() *Config }

func main() {
	var h Holder[Config]
	h.cur.Store(&Config{"a"})
	fmt.Println(h.Get().Name)
	var p atomic.Pointer[Config]
	fmt.Printf("%v %+v\n", p, p)
	var l Loader = &p
	fmt.Println(l.Load())
	f := p.Store
	f(&Config{"b"})
	fmt.Println(*p.Load())
	var n atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := p.Load()
				if p.CompareAndSwap(old, &Config{old.Name + "x"}) {
					break
				}
			}
			n.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), len(p.Load().Name))
	m := map[string]*atomic.Pointer[int]{}
	m["a"] = new(atomic.Pointer[int])
	x := 5
	m["a"].Store(&x)
	fmt.Println(*m["a"].Load())
	basics()
}
func basics() {
	var p atomic.Pointer[T]
	fmt.Println(p.Load() == nil)
	a := &T{1}
	p.Store(a)
	fmt.Println(p.Load().n)
	old := p.Swap(&T{2})
	fmt.Println(old.n, p.Load().n)
	fmt.Println(p.CompareAndSwap(a, &T{3}), p.Load().n)
	fmt.Println(p.CompareAndSwap(p.Load(), &T{4}), p.Load().n)
	fmt.Printf("%T %T\n", &p, p)
	var i atomic.Int64
	i.Add(5)
	var u atomic.Uintptr
	u.Store(3)
	var b atomic.Bool
	b.Store(true)
	var v atomic.Value
	v.Store("x")
	fmt.Println(i.Load(), u.Load(), b.Load(), v.Load())
	fmt.Printf("%T %T %v\n", &i, b, p.Load())
	q := &atomic.Pointer[int]{}
	fmt.Println(q.Load())
}
