package main

import (
	"fmt"
	"strings"
)

// Generic recursion over trees: a BST Tree[K, V] with Insert/Get/InOrder
// (recursive methods), a generic rose tree with Map/Fold that builds a tree
// of another type, Height/Walk with early stop, and a String method that
// recurses.

type Ordered interface {
	~int | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	root *tnode[K, V]
	size int
}

type tnode[K Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	var added bool
	t.root, added = t.root.put(k, v)
	if added {
		t.size++
	}
}

func (n *tnode[K, V]) put(k K, v V) (*tnode[K, V], bool) {
	if n == nil {
		return &tnode[K, V]{k: k, v: v}, true
	}
	var added bool
	switch {
	case k < n.k:
		n.left, added = n.left.put(k, v)
	case k > n.k:
		n.right, added = n.right.put(k, v)
	default:
		n.v = v
	}
	return n, added
}

func (t *Tree[K, V]) Walk(f func(K, V) bool) { t.root.walk(f) }

func (n *tnode[K, V]) walk(f func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(f) && f(n.k, n.v) && n.right.walk(f)
}

func (n *tnode[K, V]) height() int {
	if n == nil {
		return 0
	}
	l, r := n.left.height(), n.right.height()
	if l > r {
		return l + 1
	}
	return r + 1
}

type Rose[T any] struct {
	Val  T
	Kids []*Rose[T]
}

func (r *Rose[T]) String() string {
	if len(r.Kids) == 0 {
		return fmt.Sprint(r.Val)
	}
	parts := make([]string, len(r.Kids))
	for i, k := range r.Kids {
		parts[i] = k.String()
	}
	return fmt.Sprintf("%v(%s)", r.Val, strings.Join(parts, " "))
}

func MapRose[T, U any](r *Rose[T], f func(T) U) *Rose[U] {
	out := &Rose[U]{Val: f(r.Val)}
	for _, k := range r.Kids {
		out.Kids = append(out.Kids, MapRose(k, f))
	}
	return out
}

func Fold[T, A any](r *Rose[T], acc A, f func(A, T) A) A {
	acc = f(acc, r.Val)
	for _, k := range r.Kids {
		acc = Fold(k, acc, f)
	}
	return acc
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("m d x a f z m b") {
		t.Put(w, i)
	}
	fmt.Println(t.size, t.root.height())
	t.Walk(func(k string, v int) bool { fmt.Print(k, ":", v, " "); return true })
	fmt.Println()
	n := 0
	t.Walk(func(k string, v int) bool { n++; return k < "f" })
	fmt.Println("visited", n)
	var ft Tree[float64, []string]
	for i := 0; i < 20; i++ {
		ft.Put(float64(i%7)/2, []string{fmt.Sprint(i)})
	}
	ft.Walk(func(k float64, v []string) bool { fmt.Print(k, v, " "); return true })
	fmt.Println(ft.size, ft.root.height())

	r := &Rose[int]{1, []*Rose[int]{{2, nil}, {3, []*Rose[int]{{4, nil}, {5, nil}}}}}
	fmt.Println(r)
	sr := MapRose(r, func(n int) string { return strings.Repeat("#", n) })
	fmt.Println(sr)
	fmt.Println(Fold(r, 0, func(a, n int) int { return a + n }))
	fmt.Println(Fold(sr, []int{}, func(a []int, s string) []int { return append(a, len(s)) }))
	fmt.Printf("%v %T\n", MapRose(sr, func(s string) bool { return len(s)%2 == 0 }), sr)
}
