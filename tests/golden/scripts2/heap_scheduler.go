// heap_scheduler.go - a job scheduler on container/heap: priorities,
// deadlines as tie-breakers, updating a queued job with heap.Fix,
// removing one with heap.Remove.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Job struct {
	Name     string
	Priority int
	Deadline int
	index    int
}

type Queue []*Job

func (q Queue) Len() int { return len(q) }
func (q Queue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Deadline < q[j].Deadline
}
func (q Queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *Queue) Push(x any) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *Queue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	jobs := map[string]*Job{}
	q := &Queue{}
	for i, spec := range []string{"backup:1:50", "deploy:5:10", "email:3:5", "report:3:2", "cleanup:1:40", "alert:9:1"} {
		f := strings.Split(spec, ":")
		var p, d int
		fmt.Sscan(f[1], &p)
		fmt.Sscan(f[2], &d)
		j := &Job{Name: f[0], Priority: p, Deadline: d + i}
		jobs[j.Name] = j
		heap.Push(q, j)
	}
	jobs["backup"].Priority = 7
	heap.Fix(q, jobs["backup"].index)
	removed := heap.Remove(q, jobs["email"].index).(*Job)
	fmt.Println("removed", removed.Name, removed.index)
	for q.Len() > 0 {
		j := heap.Pop(q).(*Job)
		fmt.Printf("run %-8s p=%d d=%d\n", j.Name, j.Priority, j.Deadline)
	}

	// k smallest of a stream with a bounded max-heap (negated values).
	h := &IntHeap{}
	for _, v := range []int{42, 7, 19, 3, 88, 23, 5, 61, 14} {
		heap.Push(h, -v)
		if h.Len() > 4 {
			heap.Pop(h)
		}
	}
	var small []int
	for h.Len() > 0 {
		small = append(small, -heap.Pop(h).(int))
	}
	fmt.Println("4 smallest (desc):", small)
	h2 := &IntHeap{9, 4, 7, 1, 8}
	heap.Init(h2)
	fmt.Println((*h2)[0], *h2)
}
