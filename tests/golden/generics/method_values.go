package main

import "fmt"

// Method values and method expressions of instantiated generic types
// (s.Push bound to a receiver, (*Stack[int]).Push, Stack[int].Len), their
// %T, passing them to a generic higher-order function, and a generic type
// instance satisfying an ordinary interface.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)      { s.items = append(s.items, v) }
func (s Stack[T]) Len() int       { return len(s.items) }
func (s Stack[T]) Top() T         { return s.items[len(s.items)-1] }
func (s Stack[T]) String() string { return fmt.Sprint("stack", s.items) }

func Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

type Lener interface{ Len() int }

func main() {
	var s Stack[int]
	push := s.Push
	Each([]int{1, 2, 3}, push)
	fmt.Println(s.Len(), s.Top())
	fmt.Printf("%T\n", push)

	pushExpr := (*Stack[int]).Push
	pushExpr(&s, 99)
	lenExpr := Stack[int].Len
	fmt.Println(lenExpr(s), s.Top())
	fmt.Printf("%T | %T\n", pushExpr, lenExpr)

	words := &Stack[string]{}
	Each([]string{"a", "b"}, words.Push)
	top := words.Top
	words.Push("c")
	fmt.Println(top(), words.Top())

	var l Lener = s
	fmt.Println(l.Len())
	var st fmt.Stringer = words
	fmt.Println(st, s)
	lens := []Lener{s, *words, Stack[float64]{}}
	for _, x := range lens {
		fmt.Printf("%T:%d ", x, x.Len())
	}
	fmt.Println()
}
