package main

import (
	"fmt"
	"sync"
)

// Embedding instances in structs: promoted methods and fields of an
// embedded Stack[T], an embedded *Counter[K] pointer, embedding an
// instance in a generic struct (Named[T] embeds Box[T]), interface
// satisfaction through promotion, %+v of the outer struct.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Counter[K comparable] struct {
	mu sync.Mutex
	n  map[K]int
}

func (c *Counter[K]) Inc(k K) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[K]int{}
	}
	c.n[k]++
	return c.n[k]
}

type History struct {
	Stack[string]
	*Counter[string]
	Name string
}

func (h *History) Visit(page string) {
	h.Push(page)
	h.Inc(page)
}

type Box[T any] struct{ Val T }

func (b Box[T]) Get() T { return b.Val }

type Named[T any] struct {
	Box[T]
	Name string
}

type Getter[T any] interface{ Get() T }

type Lener interface{ Len() int }

func main() {
	h := &History{Counter: &Counter[string]{}, Name: "tab1"}
	for _, p := range []string{"home", "docs", "home", "blog"} {
		h.Visit(p)
	}
	fmt.Println(h.Len(), h.items, h.n["home"], h.Stack.Len())
	v, ok := h.Pop()
	fmt.Println(v, ok, h.Len())
	var l Lener = h
	fmt.Println(l.Len())
	l = h.Stack
	fmt.Println(l.Len())
	fmt.Printf("%+v\n", h.Stack)

	n := Named[[]int]{Box[[]int]{[]int{1, 2}}, "nums"}
	fmt.Println(n.Get(), n.Val, n.Box.Val)
	var g Getter[[]int] = n
	fmt.Println(g.Get())
	fmt.Printf("%+v %v\n", n, n)
	nn := Named[Named[string]]{Name: "outer"}
	nn.Val.Val = "deep"
	nn.Val.Name = "inner"
	fmt.Printf("%+v %s\n", nn, nn.Get().Get())
	type local struct {
		Box[float64]
		Stack[rune]
	}
	var lc local
	lc.Push('x')
	lc.Val = 2
	fmt.Println(lc.Get(), lc.Len(), lc)
}
