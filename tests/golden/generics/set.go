package main

import (
	"fmt"
	"sort"
)

// Set[T comparable] over map[T]struct{}: a generic type with a map
// underlying type, methods (Add, Has, Remove, Len), generic functions
// returning a new Set (Union, Intersect), and a sorted listing for
// deterministic output. Structs and arrays as elements.

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T])
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Remove(v T)   { delete(s, v) }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Each(f func(v T)) {
	for v := range s {
		f(v)
	}
}

func Union[T comparable](a, b Set[T]) Set[T] {
	out := NewSet[T]()
	a.Each(out.Add)
	b.Each(out.Add)
	return out
}

func Intersect[T comparable](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for v := range a {
		if b.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func SortedInts(s Set[int]) []int {
	var out []int
	s.Each(func(v int) { out = append(out, v) })
	sort.Ints(out)
	return out
}

type Cell struct{ R, C int }

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(SortedInts(Union(a, b)), SortedInts(Intersect(a, b)))
	a.Remove(1)
	a.Remove(42)
	fmt.Println(a.Len(), a.Has(1), a.Has(2))

	words := NewSet("go", "c", "go", "lua")
	fmt.Println(words.Len(), words.Has("go"), words.Has("rust"))

	cells := NewSet(Cell{0, 0}, Cell{1, 2}, Cell{0, 0})
	fmt.Println(cells.Len(), cells.Has(Cell{1, 2}), cells.Has(Cell{2, 1}))

	grid := Set[[2]int]{}
	grid.Add([2]int{1, 1})
	fmt.Println(grid.Has([2]int{1, 1}), len(grid))
	one := NewSet(7)
	fmt.Printf("%v %T\n", one, one)
	var empty Set[string]
	fmt.Println(empty.Has("x"), empty.Len(), empty == nil)
}
