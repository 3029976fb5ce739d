// A struct may refer to arrays of itself behind an indirection (*[2]T,
// []*[3]T, map values, nested arrays): valid Go, laid out once T is
// complete. Values built from them survive collections (their pointer
// words are scanned).
package main

import (
	"fmt"
	"runtime"
)

type Tree struct {
	kids *[2]Tree
	grid *[3][2]Tree
	v    int
}

type List struct {
	next *[1]List
	tags map[string][2]List
	name string
}

func build(d, v int) Tree {
	t := Tree{v: v}
	if d > 0 {
		t.kids = &[2]Tree{build(d-1, 2*v), build(d-1, 2*v+1)}
	}
	return t
}

func sum(t Tree) int {
	s := t.v
	if t.kids != nil {
		for _, k := range t.kids {
			s += sum(k)
		}
	}
	return s
}

func main() {
	t := build(10, 1)
	runtime.GC()
	garbage := make([][]byte, 0)
	for i := 0; i < 1000; i++ {
		garbage = append(garbage, make([]byte, 1000))
	}
	runtime.GC()
	fmt.Println(sum(t), len(garbage))
	t.grid = &[3][2]Tree{}
	t.grid[2][1].v = 7
	fmt.Println(t.grid[2][1].v, len(t.grid), len(t.grid[0]))
	var l List
	l.next = &[1]List{{name: "second"}}
	l.tags = map[string][2]List{"x": {{name: "a"}, {name: "b"}}}
	runtime.GC()
	fmt.Println(l.next[0].name, l.tags["x"][1].name)
	type Node struct {
		pair *[2]Node
		n    int
	}
	n := Node{pair: &[2]Node{{n: 1}, {n: 2}}}
	fmt.Println(n.pair[0].n+n.pair[1].n, n.pair[1].pair == nil)
	fmt.Printf("%T %v\n", n.pair, *l.next)
}
