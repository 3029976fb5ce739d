// fresh_literals.go - composite literals fill their new object's pointer,
// map, chan and func fields without the write barrier (rt_store_init):
// build and rebuild linked structures out of such literals while the
// collector runs (many cycles: a small GOGC, garbage on every step), some
// fields computed by calls that allocate (so cycles start between the
// object's allocation and its stores), then check every reachable value.
package main

import (
	"fmt"
	"runtime/debug"
)

type Leaf struct {
	name string
	vals []int
}

type Node struct {
	left, right *Node
	leaf        *Leaf
	tags        map[string]int
	ch          chan int
	f           func() int
	arr         [2]*Leaf
}

func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 64+i%64)
		s += len(b)
	}
	return s
}

func leaf(i int) *Leaf {
	garbage(3)
	return &Leaf{name: fmt.Sprint("leaf", i), vals: []int{i, i * 2, i * 3}}
}

func build(depth, id int) *Node {
	if depth == 0 {
		k := id
		return &Node{leaf: leaf(id), f: func() int { return k }, arr: [2]*Leaf{leaf(id + 1), nil}}
	}
	ch := make(chan int, 1)
	ch <- id
	return &Node{
		left:  build(depth-1, 2*id),
		tags:  map[string]int{"id": id, "g": garbage(2)},
		right: build(depth-1, 2*id+1),
		ch:    ch,
		leaf:  leaf(id),
		arr:   [2]*Leaf{leaf(id), leaf(-id)},
	}
}

func check(n *Node, depth, id int) int {
	if n.leaf == nil || n.leaf.name != fmt.Sprint("leaf", id) || n.leaf.vals[2] != 3*id {
		panic(fmt.Sprint("bad leaf at ", id))
	}
	if depth == 0 {
		if n.f() != id || n.arr[0].vals[0] != id+1 || n.arr[1] != nil {
			panic(fmt.Sprint("bad bottom node ", id))
		}
		return 1
	}
	if n.tags["id"] != id || <-n.ch != id || n.arr[1].vals[0] != -id {
		panic(fmt.Sprint("bad inner node ", id))
	}
	n.ch <- id
	return 1 + check(n.left, depth-1, 2*id) + check(n.right, depth-1, 2*id+1)
}

func main() {
	debug.SetGCPercent(10)
	var keep []*Node
	total := 0
	for r := 0; r < 6; r++ {
		t := build(4, 1)
		keep = append(keep, t)
		if len(keep) > 3 {
			keep = keep[1:]
		}
		for _, k := range keep {
			total += check(k, 4, 1)
		}
		s := []*Node{{left: t, tags: map[string]int{"r": r}}, {right: t}}
		total += check(s[0].left, 4, 1) + check(s[1].right, 4, 1) + s[0].tags["r"]
	}
	fmt.Println("checked", total)
}
