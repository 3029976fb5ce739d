package main

import "fmt"

// Pointers to pointers: a linked list with pointer-to-pointer insertion
// and deletion, and a function that redirects the caller's pointer.

type Node struct {
	Val  int
	Next *Node
}

func insertSorted(head **Node, v int) {
	pp := head
	for *pp != nil && (*pp).Val < v {
		pp = &(*pp).Next
	}
	*pp = &Node{Val: v, Next: *pp}
}

func remove(head **Node, v int) bool {
	for pp := head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			return true
		}
	}
	return false
}

func list(head *Node) []int {
	var out []int
	for n := head; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		next := head.Next
		head.Next = prev
		prev = head
		head = next
	}
	return prev
}

func pointAt(pp **int, target *int) { *pp = target }

func main() {
	var head *Node
	for _, v := range []int{5, 1, 9, 3, 7} {
		insertSorted(&head, v)
	}
	fmt.Println(list(head))
	fmt.Println(remove(&head, 1), remove(&head, 9), remove(&head, 4))
	fmt.Println(list(head))
	head = reverse(head)
	fmt.Println(list(head))

	a, b := 1, 2
	p := &a
	pp := &p
	**pp = 10
	fmt.Println(a, *p)
	pointAt(pp, &b)
	**pp = 20
	fmt.Println(a, b, *p, p == &b)
	ppp := &pp
	***ppp = 30
	fmt.Println(b)
	var nilPP **int
	fmt.Println(nilPP == nil)
}
