package main

import (
	"fmt"
	"sync"
)

// Generics with goroutines, channels, sync and defer: a parallel Map that
// writes results by index, a generic Future[T] over a channel, a generic
// function started with `go f[T](...)`, and a generic SafeMap guarded by a
// mutex; deferred calls and recover inside a generic function.

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func(i int, x T) {
			defer wg.Done()
			out[i] = f(x)
		}(i, x)
	}
	wg.Wait()
	return out
}

type Future[T any] struct{ ch chan T }

func Async[T any](f func() T) Future[T] {
	fut := Future[T]{make(chan T, 1)}
	go func() { fut.ch <- f() }()
	return fut
}

func (f Future[T]) Await() T { return <-f.ch }

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	s.m[k] = f(s.m[k])
}

func send[T any](ch chan<- T, vs ...T) {
	for _, v := range vs {
		ch <- v
	}
	close(ch)
}

func SafeDiv[T ~int | ~int64](a, b T) (q T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	sq := ParallelMap([]int{1, 2, 3, 4, 5}, func(n int) int { return n * n })
	fmt.Println(sq)
	strs := ParallelMap(sq, func(n int) string { return fmt.Sprint(n, "!") })
	fmt.Println(strs)

	f1 := Async(func() int { return 6 * 7 })
	f2 := Async(func() string { return "async" })
	fmt.Println(f1.Await(), f2.Await())

	var sm SafeMap[string, int]
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Update("hits", func(v int) int { return v + 1 })
		}()
	}
	wg.Wait()
	fmt.Println(sm.m["hits"])

	ch := make(chan float64)
	go send[float64](ch, 1.5, 2.5)
	go send(make(chan bool, 1), true)
	total := 0.0
	for v := range ch {
		total += v
	}
	fmt.Println(total)

	fmt.Println(SafeDiv(7, 2))
	fmt.Println(SafeDiv[int64](1, 0))
}
