package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	name     string
	priority int
	deadline int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority > pq[j].priority
	}
	return pq[i].deadline < pq[j].deadline
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	pq := PQ{}
	heap.Init(&pq)
	byName := map[string]*Task{}
	for i, w := range strings.Fields("build test lint deploy docs bench release audit") {
		t := &Task{name: w, priority: (i * 7) % 5, deadline: 100 - i*3}
		byName[w] = t
		heap.Push(&pq, t)
	}
	byName["docs"].priority = 10
	heap.Fix(&pq, byName["docs"].index)
	removed := heap.Remove(&pq, byName["lint"].index).(*Task)
	fmt.Println("removed", removed.name, removed.index)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%-8s p=%d d=%d\n", t.name, t.priority, t.deadline)
	}
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	fmt.Println((*h)[0], *h)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	// k smallest via max-heap of negatives
	data := []int{15, 3, 99, 42, 7, 8, 23, 4, 16, 1}
	k := &IntHeap{}
	for _, v := range data {
		heap.Push(k, -v)
		if k.Len() > 3 {
			heap.Pop(k)
		}
	}
	fmt.Println(*k)
}
