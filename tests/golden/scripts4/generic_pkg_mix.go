package main

import (
	"container/heap"
	"container/list"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
)

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

func NewPQ[T any](less func(a, b T) bool, xs ...T) *PQ[T] {
	q := &PQ[T]{items: append([]T(nil), xs...), less: less}
	heap.Init(q)
	return q
}

type List[T any] struct{ l *list.List }

func (l List[T]) Push(v T) { l.l.PushBack(v) }
func (l List[T]) Each(f func(T)) {
	for e := l.l.Front(); e != nil; e = e.Next() {
		f(e.Value.(T))
	}
}

type Sorter interface {
	sort.Interface
	Name() string
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b byLen) Name() string       { return "byLen" }

type Number interface{ ~int | ~int64 | ~float64 }

func SortedKeys[K interface{ ~string | ~int }, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next,omitempty"`
	Total int  `json:"total"`
}

type Cache[K comparable, V any] struct {
	hits atomic.Int64
	m    map[K]V
	last atomic.Pointer[V]
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.m[k]
	if ok {
		c.hits.Add(1)
		c.last.Store(&v)
	}
	return v, ok
}

func main() {
	q := NewPQ(func(a, b string) bool { return a > b }, "pear", "apple", "fig")
	heap.Push(q, "kiwi")
	for q.Len() > 0 {
		fmt.Print(heap.Pop(q), " ")
	}
	fmt.Println()
	iq := NewPQ(func(a, b int) bool { return a < b }, 5, 3, 9, 1)
	heap.Push(iq, 0)
	fmt.Println(heap.Pop(iq), heap.Pop(iq), iq.items)

	l := List[float64]{list.New()}
	l.Push(1.5)
	l.Push(2.25)
	l.Each(func(f float64) { fmt.Print(strconv.FormatFloat(f, 'f', -1, 64), ";") })
	fmt.Println()

	var s Sorter = byLen(strings.Fields("ccc a bb dddd"))
	sort.Sort(s)
	fmt.Println(s.Name(), s)
	sort.Sort(sort.Reverse(s))
	fmt.Println(s)

	fmt.Println(SortedKeys(map[string]int{"b": 1, "a": 2, "c": 3}), SortedKeys(map[int]bool{3: true, 1: false}))
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))

	n := 2
	p := Page[map[string]int]{Items: []map[string]int{{"a": 1}, {"b": 2}}, Next: &n, Total: 9}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	var p2 Page[struct{ A int }]
	fmt.Println(json.Unmarshal([]byte(`{"items":[{"A":1},{"A":"x"}],"total":2}`), &p2))
	fmt.Printf("%+v\n", p2)

	c := &Cache[string, []int]{m: map[string][]int{"x": {1, 2}}}
	c.Get("x")
	c.Get("y")
	v, ok := c.Get("x")
	fmt.Println(v, ok, c.hits.Load(), *c.last.Load())
}
