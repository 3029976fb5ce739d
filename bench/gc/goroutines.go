// goroutines.go - collector benchmark: many parked goroutines. G
// goroutines park on one channel, each holding on its stack the only
// reference to a small list of its own; a binary tree of about 2^(D+1)
// nodes stays live while short-lived trees churn, then the goroutines are
// released, check their lists and are joined. With 100,000 goroutines the
// collector has 100,000 stacks to scan every cycle: a stop-the-world
// phase that scanned them would pause for tens of milliseconds.
// Usage: goroutines.go [G] [D] [rounds]   (default 100000, 18 and 40)
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type Node struct {
	left, right *Node
	val         int
}

type Item struct {
	n    int
	next *Item
}

func arg(i, def int) int {
	if len(os.Args) > i {
		if v, err := strconv.Atoi(os.Args[i]); err == nil {
			return v
		}
	}
	return def
}

func build(depth, v int) *Node {
	if depth <= 0 {
		return &Node{val: v}
	}
	return &Node{left: build(depth-1, 2*v), right: build(depth-1, 2*v+1), val: v}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func worker(id int, start chan struct{}, sums chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	var list *Item
	for i := 0; i < 4; i++ {
		list = &Item{n: id + i, next: list}
	}
	<-start
	s := 0
	for it := list; it != nil; it = it.next {
		s += it.n - id
	}
	sums <- s
}

func main() {
	g := arg(1, 100000)
	depth := arg(2, 18)
	rounds := arg(3, 40)
	var wg sync.WaitGroup
	start := make(chan struct{})
	sums := make(chan int, g)
	for i := 0; i < g; i++ {
		wg.Add(1)
		go worker(i, start, sums, &wg)
	}
	long := build(depth, 1)
	total := 0
	for r := 0; r < rounds; r++ {
		for i := 0; i < 8; i++ {
			total += build(12, r).check()
		}
	}
	close(start)
	wg.Wait()
	bad := 0
	for i := 0; i < g; i++ {
		if <-sums != 6 {
			bad++
		}
	}
	fmt.Println("long-lived tree:", long.check(), "nodes; churned:", total, "nodes; bad lists:", bad)
}
