package main

import (
	"fmt"
	"sort"
	"sync"
)

// Generics with goroutines, channels and sync: a mutex-guarded SafeMap[K,V],
// a generic worker pool ParallelMap, a generic fan-in Merge of channels,
// and a generic Future[T] built on a channel.

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

func (s *SafeMap[K, V]) Snapshot() map[K]V {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[K]V, len(s.m))
	for k, v := range s.m {
		out[k] = v
	}
	return out
}

func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(xs[i])
			}
		}()
	}
	for i := range xs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Merge[T any](chs ...<-chan T) <-chan T {
	out := make(chan T, 4)
	var wg sync.WaitGroup
	wg.Add(len(chs))
	for _, c := range chs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type Future[T any] struct{ ch chan T }

func Async[T any](f func() T) Future[T] {
	fu := Future[T]{make(chan T, 1)}
	go func() { fu.ch <- f() }()
	return fu
}

func (f Future[T]) Await() T { return <-f.ch }

func main() {
	var sm SafeMap[string, int]
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sm.Update([]string{"a", "b", "c"}[i%3], func(n int) int { return n + i })
		}(i)
	}
	wg.Wait()
	fmt.Println(sm.Snapshot())

	sq := ParallelMap([]int{1, 2, 3, 4, 5, 6, 7, 8}, 3, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(sq, len(sq))

	var got []int
	for v := range Merge(Generate(1, 2, 3), Generate(10, 20), Generate[int]()) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)

	fs := []Future[[]string]{}
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, Async(func() []string { return make([]string, i) }))
	}
	for _, f := range fs {
		fmt.Print(len(f.Await()), " ")
	}
	fmt.Println()
	total := Async(func() float64 {
		s := 0.0
		for v := range Generate(0.5, 0.25, 0.125) {
			s += v
		}
		return s
	})
	fmt.Println(total.Await())
	sel := make(chan Future[int], 1)
	sel <- Async(func() int { return 99 })
	select {
	case f := <-sel:
		fmt.Println("future", f.Await())
	}
}
