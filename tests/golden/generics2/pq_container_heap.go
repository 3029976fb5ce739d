package main

import (
	"container/heap"
	"fmt"
)

// A priority queue through container/heap with a generic element type:
// PQ[T] implements heap.Interface (Push/Pop take any), used for tasks and
// for merging sorted slices (k-way merge).

type Item[T any] struct {
	Value    T
	Priority int
	index    int
}

type PQ[T any] []*Item[T]

func (q PQ[T]) Len() int           { return len(q) }
func (q PQ[T]) Less(i, j int) bool { return q[i].Priority < q[j].Priority }
func (q PQ[T]) Swap(i, j int)      { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *PQ[T]) Push(x any)        { it := x.(*Item[T]); it.index = len(*q); *q = append(*q, it) }
func (q *PQ[T]) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	*q = old[:n-1]
	it.index = -1
	return it
}

func (q *PQ[T]) Update(it *Item[T], p int) {
	it.Priority = p
	heap.Fix(q, it.index)
}

type cursor struct{ list, pos int }

func MergeSorted(lists [][]int) []int {
	q := &PQ[cursor]{}
	for i, l := range lists {
		if len(l) > 0 {
			heap.Push(q, &Item[cursor]{Value: cursor{i, 0}, Priority: l[0]})
		}
	}
	var out []int
	for q.Len() > 0 {
		it := heap.Pop(q).(*Item[cursor])
		out = append(out, it.Priority)
		c := it.Value
		if c.pos+1 < len(lists[c.list]) {
			heap.Push(q, &Item[cursor]{Value: cursor{c.list, c.pos + 1}, Priority: lists[c.list][c.pos+1]})
		}
	}
	return out
}

func main() {
	tasks := map[string]int{"write": 3, "test": 2, "deploy": 5, "review": 1}
	q := PQ[string]{}
	items := map[string]*Item[string]{}
	for _, name := range []string{"write", "test", "deploy", "review"} {
		it := &Item[string]{Value: name, Priority: tasks[name]}
		items[name] = it
		heap.Push(&q, it)
	}
	q.Update(items["deploy"], 0)
	for q.Len() > 0 {
		it := heap.Pop(&q).(*Item[string])
		fmt.Printf("%d:%s ", it.Priority, it.Value)
	}
	fmt.Println()
	fmt.Println(MergeSorted([][]int{{1, 4, 9}, {2, 3, 10, 11}, {}, {0, 5}}))
	var hi heap.Interface = &PQ[float64]{}
	heap.Push(hi, &Item[float64]{Value: 2.5, Priority: 7})
	fmt.Printf("%T %d\n", hi, hi.Len())
	_, isPQ := hi.(*PQ[float64])
	_, isOther := hi.(*PQ[int])
	fmt.Println(isPQ, isOther)
}
