// binary_trees.go - collector benchmark: a large long-lived heap (two
// binary trees of depth D, 64-byte nodes: 2 x 2^(D+1) x 64 B, about 256 MB
// at D=20) kept while short-lived trees of depth 4..16 churn.
// Usage: binary_trees.go [D] [rounds]   (default 20 and 8)
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Node struct {
	left, right *Node
	payload     [6]int
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{left: bottomUp(depth - 1), right: bottomUp(depth - 1)}
}

func check(n *Node) int {
	if n.left == nil {
		return 1
	}
	return 1 + check(n.left) + check(n.right)
}

func arg(i, def int) int {
	if len(os.Args) > i {
		if v, err := strconv.Atoi(os.Args[i]); err == nil {
			return v
		}
	}
	return def
}

func main() {
	depth := arg(1, 20)
	rounds := arg(2, 8)
	long1 := bottomUp(depth)
	long2 := bottomUp(depth)
	fmt.Printf("long lived trees of depth %d\n", depth)
	for r := 0; r < rounds; r++ {
		sum := 0
		for d := 4; d <= 16; d += 4 {
			iters := 1 << uint(16-d)
			for i := 0; i < iters; i++ {
				sum += check(bottomUp(d))
			}
		}
		fmt.Printf("round %d: check %d\n", r, sum)
	}
	fmt.Printf("long lived check: %d %d\n", check(long1), check(long2))
}
