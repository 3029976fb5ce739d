package main

import (
	"fmt"
	"sort"
	"strings"
)

// A generic Set[T] as a named map type with methods returning new
// instances (Union/Intersect/Diff), a generic Sorted for printing, a
// String method, and set of struct and array keys.

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := SetOf[T]()
	for x := range s {
		r.Add(x)
	}
	for x := range o {
		r.Add(x)
	}
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}
func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if !o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for x := range s {
		parts = append(parts, fmt.Sprint(x))
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, " ") + "}"
}

func Map[T, U comparable](s Set[T], f func(T) U) Set[U] {
	r := Set[U]{}
	for x := range s {
		r.Add(f(x))
	}
	return r
}

type pt struct{ x, y int }

func main() {
	a := SetOf(1, 2, 3, 4)
	b := SetOf(3, 4, 5)
	fmt.Println(a.Union(b), a.Intersect(b), a.Diff(b), b.Diff(a))
	fmt.Println(len(a.Union(b)), a.Has(2), b.Has(2))
	fmt.Println(Map(a, func(n int) bool { return n%2 == 0 }))
	fmt.Println(Map(a.Union(b), func(n int) string { return strings.Repeat("x", n%3) }))
	ps := SetOf(pt{1, 2}, pt{1, 2}, pt{0, 0})
	fmt.Println(ps, len(ps))
	arr := SetOf([2]string{"a", "b"}, [2]string{"b", "a"}, [2]string{"a", "b"})
	fmt.Println(len(arr), arr.Has([2]string{"b", "a"}))
	var empty Set[float64]
	fmt.Println(empty.Has(1), len(empty), empty, empty.Union(SetOf(0.5)))
	ptrs := SetOf(&pt{}, &pt{}, nil)
	fmt.Println(len(ptrs), ptrs.Has(nil))
	fmt.Printf("%v %T\n", SetOf("z"), SetOf("z"))
}
