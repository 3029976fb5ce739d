package main

// Fields through a defined pointer type (type PN *node): p.f is (*p).f,
// promoted fields included (Go's test/chan/powser2.go).

import "fmt"

type inner struct{ v int }
type node struct {
	inner
	name string
	next PN
}
type PN *node

func (n *node) M() string { return n.name }

func main() {
	var p PN = &node{name: "a"}
	p.next = &node{name: "b"}
	p.v = 7
	p.next.inner.v = 8
	fmt.Println(p.name, p.next.name, p.v, p.next.v, (*p).M())
	q := p.next
	q.name = "c"
	fmt.Println(p.next.name)
}
