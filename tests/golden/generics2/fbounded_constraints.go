package main

import (
	"fmt"
	"sort"
	"strings"
)

// F-bounded constraints (T Comparer[T]) with sort.Slice, generic interfaces
// embedding generic interfaces, assertions between instantiated interface
// types, instances over func/error/chan element types, and conversion
// between an instance and a struct type with the same underlying type.

type Comparer[T any] interface {
	Compare(other T) int
}

type Version struct{ Major, Minor, Patch int }

func (v Version) Compare(o Version) int {
	switch {
	case v.Major != o.Major:
		return v.Major - o.Major
	case v.Minor != o.Minor:
		return v.Minor - o.Minor
	}
	return v.Patch - o.Patch
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

type Word string

func (w Word) Compare(o Word) int {
	return strings.Compare(strings.ToLower(string(w)), strings.ToLower(string(o)))
}

func SortC[T Comparer[T]](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Compare(xs[j]) < 0 })
}

func MaxC[T Comparer[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Compare(m) > 0 {
			m = x
		}
	}
	return m
}

type Container[T any] interface {
	Len() int
	At(i int) T
}

type Indexed[T any] interface {
	Container[T]
	IndexOf(T) int
}

type Slice[T comparable] []T

func (s Slice[T]) Len() int   { return len(s) }
func (s Slice[T]) At(i int) T { return s[i] }
func (s Slice[T]) IndexOf(x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Last[T any](c Container[T]) T { return c.At(c.Len() - 1) }

func Find[T comparable, C Indexed[T]](c C, x T) string {
	i := c.IndexOf(x)
	if i < 0 {
		return "missing"
	}
	return fmt.Sprint("at ", i, " = ", c.At(i))
}

type Stack[T any] []T

func main() {
	vs := []Version{{1, 2, 3}, {1, 10, 0}, {0, 9, 9}, {1, 2, 10}}
	SortC(vs)
	fmt.Println(vs, MaxC(vs...))
	ws := []Word{"banana", "Apple", "cherry", "apple"}
	SortC(ws)
	fmt.Println(ws, MaxC[Word]("a", "B"))
	s := Slice[string]{"x", "y", "z"}
	fmt.Println(Last[string](s), Find[string](s, "y"), Find(s, "w"))
	var c Container[int] = Slice[int]{4, 5}
	fmt.Println(Last(c), c.(Indexed[int]).IndexOf(5))
	_, ok := c.(Indexed[string])
	fmt.Println(ok)
	fs := Stack[func() int]{func() int { return 1 }, func() int { return 2 }}
	es := Stack[error]{nil, fmt.Errorf("e")}
	cs := Stack[chan int]{make(chan int, 1)}
	cs[0] <- 5
	fmt.Println(fs[1](), es[1], len(es), <-cs[0], len(Stack[Stack[int]]{{1}, {}}))
	type B = struct{ V int }
	type Box[T any] struct{ V T }
	bi := Box[int]{7}
	plain := B(bi)
	back := Box[int](plain)
	fmt.Println(plain, back, B{8} == B(Box[int]{8}))
}
