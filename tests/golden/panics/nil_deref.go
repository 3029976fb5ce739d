package main

import "fmt"

// Dereferencing a nil pointer: walking past the end of a binary tree.

type Tree struct {
	Val         int
	Left, Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func leftmost(t *Tree) int {
	for t.Left != nil {
		t = t.Left
	}
	return t.Val
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1} {
		root = insert(root, v)
	}
	fmt.Println("min:", leftmost(root))
	fmt.Println("min of right-left:", leftmost(root.Right.Left))
}
