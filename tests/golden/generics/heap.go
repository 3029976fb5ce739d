package main

import "fmt"

// A realistic generic container: a binary heap Heap[T] ordered by a less
// function given at construction, used as a priority queue of structs (a
// small Dijkstra over a fixed graph) and as a heap of strings; a generic
// TopK built on it.

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < last && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			return top
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
}

func TopK[T any](xs []T, k int, less func(a, b T) bool) []T {
	h := NewHeap(less)
	for _, x := range xs {
		h.Push(x)
	}
	var out []T
	for i := 0; i < k && h.Len() > 0; i++ {
		out = append(out, h.Pop())
	}
	return out
}

type Item struct {
	Node, Dist int
}

func main() {
	graph := map[int][]Item{0: {{1, 4}, {2, 1}}, 2: {{1, 2}, {3, 7}}, 1: {{3, 1}}}
	dist := map[int]int{0: 0}
	pq := NewHeap(func(a, b Item) bool { return a.Dist < b.Dist })
	pq.Push(Item{0, 0})
	for pq.Len() > 0 {
		it := pq.Pop()
		if it.Dist > dist[it.Node] {
			continue
		}
		for _, e := range graph[it.Node] {
			nd := it.Dist + e.Dist
			if d, ok := dist[e.Node]; !ok || nd < d {
				dist[e.Node] = nd
				pq.Push(Item{e.Node, nd})
			}
		}
	}
	fmt.Println(dist[0], dist[1], dist[2], dist[3])
	words := []string{"pear", "fig", "apple", "kiwi", "banana", "date"}
	fmt.Println(TopK(words, 3, func(a, b string) bool { return a < b }))
	fmt.Println(TopK(words, 2, func(a, b string) bool { return len(a) > len(b) }))
	fmt.Println(TopK([]float64{3, 1, 2}, 5, func(a, b float64) bool { return a > b }))
}
