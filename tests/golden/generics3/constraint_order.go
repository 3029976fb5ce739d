// A type argument's constraint is checked once the argument is complete:
// a type being declared (T in L[T] inside T), or one whose methods are
// declared further down the file.
package main

import "fmt"

type Mer interface{ M() int }

type L[X Mer] struct{ x X }

type T struct{ n int }

var g L[T]

type W struct{ l L[T] }

func (t T) M() int { return t.n }

type any2 interface{}

type P[X any2] struct{ next *X }

type R struct {
	p P[R]
	n int
}

type Lister[E any2] interface {
	Items() []E
}

type Bag[E any2] struct {
	items []E
	self  Lister[Bag[E]]
}

func (b Bag[E]) Items() []Bag[E] { return []Bag[E]{b} }

func main() {
	var w W
	w.l.x.n = 4
	g.x.n = 5
	fmt.Println(w.l.x.M(), g.x.M())
	var r R
	r.n = 3
	r.p.next = &r
	fmt.Println(r.p.next.n)
	b := Bag[int]{items: []int{1, 2}}
	b.self = b
	fmt.Println(len(b.self.Items()), b.items)
}
