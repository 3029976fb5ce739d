package main

import (
	"fmt"
	"strings"
)

// A recursive generic type Tree[T] (left, right *Tree[T]) used as a binary
// search tree: Insert returns the (possibly new) root, in-order walk with a
// callback, Height and Contains as recursive methods, and a generic Build.

type Ordered interface{ ~int | ~float64 | ~string }

type Tree[T Ordered] struct {
	Val         T
	Left, Right *Tree[T]
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else if v > t.Val {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func (t *Tree[T]) Contains(v T) bool {
	switch {
	case t == nil:
		return false
	case v < t.Val:
		return t.Left.Contains(v)
	case v > t.Val:
		return t.Right.Contains(v)
	}
	return true
}

func (t *Tree[T]) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func Build[T Ordered](vs ...T) *Tree[T] {
	var root *Tree[T]
	for _, v := range vs {
		root = root.Insert(v)
	}
	return root
}

func main() {
	t := Build(50, 30, 70, 20, 40, 60, 80, 30)
	var sb strings.Builder
	t.Walk(func(v int) { fmt.Fprintf(&sb, "%d ", v) })
	fmt.Println(sb.String())
	fmt.Println(t.Height(), t.Contains(60), t.Contains(65))
	words := Build("m", "c", "x", "a")
	words.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()
	fmt.Printf("%T %T %v\n", words, *words.Left, words.Left.Left.Val)
	var none *Tree[float64]
	fmt.Println(none.Height(), none.Contains(1))
	leaf := Tree[int]{Val: 7}
	fmt.Printf("%+v\n", leaf)
}
