package main

import "fmt"

// A panic with a value of a generic error type raised inside a generic
// method three calls deep: Go prints the Error() text (plus the type
// name in brackets since Go 1.18) and the goroutine trace.

type StackErr[T any] struct {
	Op   string
	Item T
}

func (e StackErr[T]) Error() string { return fmt.Sprintf("stack %s: %v", e.Op, e.Item) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) MustPop() T {
	if len(s.items) == 0 {
		var zero T
		panic(StackErr[T]{"pop on empty", zero})
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func drain[T any](s *Stack[T], n int) []T {
	var out []T
	for i := 0; i < n; i++ {
		out = append(out, s.MustPop())
	}
	return out
}

func main() {
	s := &Stack[string]{items: []string{"a", "b"}}
	fmt.Println(drain(s, 2))
	s.items = append(s.items, "c")
	fmt.Println(drain(s, 3))
}
