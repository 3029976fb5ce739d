package main

import (
	"fmt"
	"sync"
)

type result struct {
	id, sq int
}

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan result {
	out := make(chan result, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- result{v, v * v}
		}
	}()
	return out
}

func merge(a, b <-chan int) []int {
	var got []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		}
	}
	return got
}

func main() {
	sum := 0
	for r := range square(gen(10)) {
		sum += r.sq
		fmt.Print(r.id, ":", r.sq, " ")
	}
	fmt.Println("sum", sum)

	got := merge(gen(5), gen(7))
	total := 0
	for _, v := range got {
		total += v
	}
	fmt.Println("merged", len(got), "total", total)

	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for w := 0; w < 50; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)

	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 1; w <= 3; w++ {
		go func(id int) {
			for j := range jobs {
				results <- j * 2
			}
		}(w)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	acc := 0
	for a := 1; a <= 9; a++ {
		acc += <-results
	}
	fmt.Println("jobs", acc, len(jobs), cap(results))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println("rw ok", mu.TryLock(), mu.TryLock())
	rw.Unlock()

	done := make(chan struct{})
	var x interface{} = done
	fmt.Println("chan eq", x == interface{}(done), done != nil)
	spin := make(chan bool)
	go func() {
		n := 0
		for i := 0; i < 1000000; i++ {
			n += i
		}
		spin <- n > 0
	}()
	stop := false
	go func() { stop = true }()
	for !stop {
	}
	fmt.Println("preempted", <-spin)
}
