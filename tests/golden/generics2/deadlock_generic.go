package main

import "fmt"

// A generic two-stack Queue[T] holding pointers to instances, a generic
// worker over directional channels, then a send of an instance on an
// unbuffered channel nobody receives: the deadlock fatal error and trace.

type Queue[T any] struct {
	in, out []T
}

func (q *Queue[T]) Push(v T) { q.in = append(q.in, v) }

func (q *Queue[T]) Pop() (T, bool) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
		}
	}
	if len(q.out) == 0 {
		var z T
		return z, false
	}
	n := len(q.out) - 1
	v := q.out[n]
	q.out = q.out[:n]
	return v, true
}

func worker[T any](id int, jobs <-chan T, results chan<- string, f func(T) string) {
	for j := range jobs {
		results <- fmt.Sprintf("w%d:%s", id, f(j))
	}
}

func main() {
	var q Queue[*Queue[int]]
	inner := &Queue[int]{}
	inner.Push(1)
	q.Push(inner)
	q.Push(nil)
	x, _ := q.Pop()
	y, _ := x.Pop()
	z, ok := q.Pop()
	_, ok2 := q.Pop()
	fmt.Println(y, z == nil, ok, ok2)
	jobs := make(chan float64)
	results := make(chan string)
	go worker(1, jobs, results, func(f float64) string { return fmt.Sprint(f * 2) })
	jobs <- 1.5
	fmt.Println(<-results)
	close(jobs)
	var q2 Queue[string]
	q2.Push("never popped")
	ch := make(chan Queue[string])
	ch <- q2
}
