package main

import "fmt"

// Pair[K comparable, V any]: composite literals with explicit type
// arguments (Pair[string, int]{"a", 1}, keyed and unkeyed), a generic
// constructor with inference, methods returning another instantiation
// (Swap), and printing with %v, %+v and %T.

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Swap[K, V comparable](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{Key: p.Val, Val: p.Key} }

func Lookup[K comparable, V any](ps []Pair[K, V], k K) (V, bool) {
	for _, p := range ps {
		if p.Key == k {
			return p.Val, true
		}
	}
	var zero V
	return zero, false
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
	fmt.Printf("%v %+v %T\n", p, p, p)
	q := MakePair(3, []string{"x"})
	fmt.Printf("%v %T\n", q.Val, q)
	s := Swap(p)
	fmt.Println(s, s.Key+1, s.Val+"!")
	fmt.Printf("%T\n", s)
	ps := []Pair[string, float64]{{"pi", 3.14}, {Key: "e", Val: 2.72}, {Val: 1}}
	v, ok := Lookup(ps, "e")
	fmt.Println(v, ok)
	v, ok = Lookup(ps, "tau")
	fmt.Println(v, ok)
	v, ok = Lookup(ps, "")
	fmt.Println(v, ok, len(ps))
	fmt.Println(p == Pair[string, int]{"a", 1}, p == MakePair("a", 2))
}
