// bst_iter implements a binary search tree with insert, delete, height,
// and an in-order iterator returned as a closure over an explicit stack.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Tree struct {
	Key         int
	Val         string
	Left, Right *Tree
}

func (t *Tree) Insert(k int, v string) *Tree {
	if t == nil {
		return &Tree{Key: k, Val: v}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k, v)
	case k > t.Key:
		t.Right = t.Right.Insert(k, v)
	default:
		t.Val = v
	}
	return t
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right
		for m.Left != nil {
			m = m.Left
		}
		t.Key, t.Val = m.Key, m.Val
		t.Right = t.Right.Delete(m.Key)
	}
	return t
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

// Iter returns a function yielding the nodes in key order, then ok=false.
func (t *Tree) Iter() func() (int, string, bool) {
	var stack []*Tree
	cur := t
	return func() (int, string, bool) {
		for cur != nil {
			stack = append(stack, cur)
			cur = cur.Left
		}
		if len(stack) == 0 {
			return 0, "", false
		}
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		cur = n.Right
		return n.Key, n.Val, true
	}
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	if t.Left == nil && t.Right == nil {
		return fmt.Sprint(t.Key)
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Key, t.Right)
}

func main() {
	var root *Tree
	words := strings.Fields("50:fifty 30:thirty 70:seventy 20:twenty 40:forty 60:sixty 80:eighty 35:x 45:y 65:z 30:THIRTY")
	for _, w := range words {
		kv := strings.Split(w, ":")
		k, _ := strconv.Atoi(kv[0])
		root = root.Insert(k, kv[1])
	}
	fmt.Println(root, "height", root.Height())
	next := root.Iter()
	for k, v, ok := next(); ok; k, v, ok = next() {
		fmt.Printf("%d=%s ", k, v)
	}
	fmt.Println()
	for _, k := range []int{20, 30, 50, 99} {
		root = root.Delete(k)
		fmt.Printf("delete %d: %v\n", k, root)
	}
	a, b := root.Iter(), root.Iter()
	a()
	a()
	ka, _, _ := a()
	kb, _, _ := b()
	fmt.Println("independent iterators:", ka, kb)
	var empty *Tree
	_, _, ok := empty.Iter()()
	fmt.Println("empty:", empty, ok, empty.Height())
}
