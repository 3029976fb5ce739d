package main

// Types that refer to each other through pointers, slices, maps, channels
// and funcs while one holds the other by value, in every declaration
// order (ken/rob2.go of Go's test suite has Atom{next *Slist} and
// Slist{atom Atom}); the sizes and zero values must be the complete ones.

import (
	"fmt"
)

type Atom struct {
	str  string
	next *Slist
}

type Slist struct {
	isatom bool
	atom   Atom
	list   List
}

type List struct {
	car, cdr *Slist
}

type Node struct {
	kids  []Tree
	byKey map[string]Tree
	ch    chan Tree
	visit func(Tree) Tree
}

type Tree struct {
	root Node
	n    int
}

type Ring struct{ p *Pair }
type Pair struct {
	a, b Ring
	arr  [2]Ring
}

func main() {
	s := &Slist{isatom: true, atom: Atom{str: "x"}}
	s.atom.next = &Slist{list: List{car: s}}
	fmt.Println(s.atom.str, s.atom.next.list.car.atom.str, s.atom.next.isatom)
	t := Tree{n: 3}
	t.root.kids = append(t.root.kids, Tree{n: 4})
	t.root.byKey = map[string]Tree{"k": {n: 5}}
	t.root.visit = func(x Tree) Tree { x.n *= 10; return x }
	fmt.Println(len(t.root.kids), t.root.kids[0].n, t.root.byKey["k"].n, t.root.visit(t).n)
	var p Pair
	p.arr[1].p = &p
	fmt.Printf("%v %+v\n", Slist{}, Tree{})
}
