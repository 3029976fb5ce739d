package main

import "fmt"

// A generic type used without type arguments.

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func main() {
	var l List
	l.Push(1)
	fmt.Println(l)
}
