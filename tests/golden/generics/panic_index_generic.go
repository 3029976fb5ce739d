package main

import "fmt"

// A runtime error inside a method of a generic type: Top on an empty
// Stack[string] indexes items[-1]; the first panic line and the trace's
// innermost frame in this file are what Go prints.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Top() T {
	return s.items[len(s.items)-1]
}

func Drain[T any](s *Stack[T]) {
	for i := 0; i < 3; i++ {
		fmt.Println("top:", s.Top())
		s.items = s.items[:len(s.items)-1]
	}
}

func main() {
	s := &Stack[string]{}
	s.Push("a")
	s.Push("b")
	Drain(s)
}
