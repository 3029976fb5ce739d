package main

import "fmt"

// Pointers to instances: new(Node[T]), &T{} literals, pointer receivers
// mutating through maps of pointers, pointer comparison, nil pointer
// method calls that handle nil, *T arguments in generic functions.

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

func (n *Node[T]) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (n *Node[T]) Append(v T) *Node[T] {
	if n == nil {
		return &Node[T]{Val: v}
	}
	n.Next = n.Next.Append(v)
	return n
}

func (n *Node[T]) Slice() []T {
	var out []T
	for ; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

type Counter[K comparable] struct{ hits int }

func main() {
	var l *Node[string]
	fmt.Println(l.Len(), l.Slice() == nil)
	l = l.Append("a").Append("b").Append("c")
	fmt.Println(l.Len(), l.Slice())
	n := new(Node[float64])
	n.Append(1.5)
	fmt.Println(n.Len(), n.Slice(), *n.Next)

	x, y := 1, 2
	Swap(&x, &y)
	fmt.Println(x, y)
	sa, sb := []int{1}, []int{2, 3}
	Swap(&sa, &sb)
	fmt.Println(sa, sb)
	p := Ptr(42)
	q := Ptr(42)
	fmt.Println(*p == *q, p == q, Deref(p, 0), Deref[int](nil, -1))
	ps := Ptr("s")
	*ps += "!"
	fmt.Println(*ps, Deref((*string)(nil), "def"))
	cs := map[string]*Counter[string]{}
	for _, w := range []string{"a", "b", "a"} {
		if cs[w] == nil {
			cs[w] = &Counter[string]{}
		}
		cs[w].hits++
	}
	fmt.Println(cs["a"].hits, cs["b"].hits, len(cs))
	pp := &l
	(*pp).Next = nil
	fmt.Println(l.Slice())
	var np *Node[int]
	fmt.Println(np.Len())
	fmt.Println(np.Val)
}
