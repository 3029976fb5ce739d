package main

import "fmt"

// Method values and method expressions of instances: s.Push as a func
// value stored in a slice and a map, (*Stack[int]).Push as a method
// expression, bound method value captured before the receiver changes,
// passing q.Add to a generic higher-order function.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)  { s.items = append(s.items, v) }
func (s *Stack[T]) Peek() T   { return s.items[len(s.items)-1] }
func (s Stack[T]) Size() int  { return len(s.items) }
func (s Stack[T]) Items() []T { return s.items }

type Acc[T int | float64] struct{ sum T }

func (a *Acc[T]) Add(v T) { a.sum += v }

func Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	s := &Stack[int]{}
	push := s.Push
	push(1)
	push(2)
	fmt.Println(s.Items(), s.Peek())
	ops := map[string]func(int){"push": s.Push}
	ops["push"](3)
	fmt.Println(s.Items())

	pushExpr := (*Stack[int]).Push
	pushExpr(s, 4)
	sizeExpr := Stack[int].Size
	fmt.Println(sizeExpr(*s), (*Stack[int]).Size(s))

	var v Stack[string]
	size := v.Size // bound to a copy of v
	v.Push("a")
	fmt.Println(size(), v.Size())

	var a Acc[float64]
	Each([]float64{0.5, 1.5, 2}, a.Add)
	fmt.Println(a.sum)
	var ai Acc[int]
	fs := []func(int){ai.Add, ai.Add}
	for i, f := range fs {
		f(i + 10)
	}
	fmt.Println(ai.sum)
	peek := s.Peek
	fmt.Printf("%T %T %T\n", push, pushExpr, peek)
	fmt.Println(peek())
	stacks := []*Stack[rune]{{}, {}}
	var pushes []func(rune)
	for _, st := range stacks {
		pushes = append(pushes, st.Push)
	}
	pushes[0]('a')
	pushes[1]('b')
	pushes[1]('c')
	fmt.Println(stacks[0].Items(), stacks[1].Items(), string(stacks[1].Items()))
}
