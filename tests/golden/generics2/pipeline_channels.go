package main

import (
	"fmt"
	"sync"
)

// A generic channel pipeline: Source, Stage (map over a channel with N
// workers), FilterCh, Batch, Collect; directional channel types of type
// parameters, a generic semaphore, and a closed-channel receive of a
// zero T.

func Source[T any](xs []T) <-chan T {
	ch := make(chan T)
	go func() {
		for _, x := range xs {
			ch <- x
		}
		close(ch)
	}()
	return ch
}

func Stage[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func FilterCh[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func Batch[T any](in <-chan T, n int) <-chan []T {
	out := make(chan []T)
	go func() {
		defer close(out)
		var b []T
		for v := range in {
			b = append(b, v)
			if len(b) == n {
				out <- b
				b = nil
			}
		}
		if len(b) > 0 {
			out <- b
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Sem[T any] struct {
	slots chan struct{}
	mu    sync.Mutex
	res   []T
}

func (s *Sem[T]) Go(wg *sync.WaitGroup, f func() T) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.slots <- struct{}{}
		v := f()
		s.mu.Lock()
		s.res = append(s.res, v)
		s.mu.Unlock()
		<-s.slots
	}()
}

func main() {
	nums := make([]int, 20)
	for i := range nums {
		nums[i] = i
	}
	sq := Stage(Source(nums), func(n int) int { return n * n })
	odd := FilterCh(sq, func(n int) bool { return n%2 == 1 })
	strs := Stage(odd, func(n int) string { return fmt.Sprintf("<%d>", n) })
	for b := range Batch(strs, 3) {
		fmt.Println(len(b), b)
	}
	fmt.Println(Collect(Batch(Source([]rune("abcde")), 2)))
	ch := make(chan float64, 1)
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	s := &Sem[int]{slots: make(chan struct{}, 2)}
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		i := i
		s.Go(&wg, func() int { return i * 10 })
	}
	wg.Wait()
	total := 0
	for _, r := range s.res {
		total += r
	}
	fmt.Println(len(s.res), total)
	var send chan<- []string = make(chan []string, 1)
	send <- []string{"x"}
	fmt.Printf("%T %d\n", send, len(send))
}
