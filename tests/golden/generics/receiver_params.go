package main

import "fmt"

// Receiver type parameters: a method may name them differently from the
// type declaration (Pair[K, V] declared, methods on Pair[A, B]), use `_` for
// one it does not need, and a generic type's method may call a generic
// function and other methods with its parameters.

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[A, B]) Swapped() Pair[string, A] {
	return Pair[string, A]{fmt.Sprint(p.Val), p.Key}
}

func (p Pair[_, _]) Describe() string { return "a pair" }

func (p *Pair[K, _]) SetKey(k K) { p.Key = k }

func Keys[K comparable, V any](ps []Pair[K, V]) []K {
	var out []K
	for _, p := range ps {
		out = append(out, p.Key)
	}
	return out
}

type Table[K comparable, V any] struct {
	rows []Pair[K, V]
}

func (t *Table[K, V]) Add(k K, v V) *Table[K, V] {
	t.rows = append(t.rows, Pair[K, V]{k, v})
	return t
}

func (t *Table[K, V]) Keys() []K { return Keys(t.rows) }

func main() {
	p := Pair[int, bool]{1, true}
	s := p.Swapped()
	fmt.Printf("%v %T %s\n", s, s, s.Describe())
	p.SetKey(7)
	fmt.Println(p, p.Describe())
	t := &Table[string, float64]{}
	t.Add("x", 1).Add("y", 2).Add("z", 3)
	fmt.Println(t.Keys(), len(t.rows))
}
