package main

import "fmt"

// A generic singly linked List[T] with an unexported generic node type and
// methods on *List[T] (PushFront, PushBack, Len, Each, Reverse); a top-level
// generic function maps a List[T] to a List[U] (methods cannot have type
// parameters of their own). %T of the list, its node pointer and a method
// value.

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.next = nd
	}
	l.tail = nd
	l.n++
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func (l *List[T]) Len() int { return l.n }

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for nd := l.head; nd != nil; nd = nd.next {
		f(i, nd.val)
		i++
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	l.tail = l.head
	for nd := l.head; nd != nil; {
		next := nd.next
		nd.next = prev
		prev, nd = nd, next
	}
	l.head = prev
}

func (l *List[T]) Slice() []T {
	out := make([]T, 0, l.n)
	l.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(_ int, v T) { out.PushBack(f(v)) })
	return out
}

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l.Len(), l.Slice())
	l.Reverse()
	fmt.Println(l.Slice(), l.head.val, l.tail.val)
	strs := MapList(&l, func(v int) string { return fmt.Sprintf("#%d", v) })
	strs.Each(func(i int, s string) {
		if i < 3 {
			fmt.Print(i, ":", s, " ")
		}
	})
	fmt.Println()
	fmt.Printf("%T %T %T\n", l, strs, l.head)
	push := strs.PushBack
	push("end")
	fmt.Printf("%T %d %v\n", push, strs.Len(), strs.tail.val)
	var empty List[float64]
	empty.Reverse()
	fmt.Println(empty.Len(), empty.Slice(), empty.head == nil)
}
