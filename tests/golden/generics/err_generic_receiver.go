package main

import "fmt"

// A method's receiver must list the generic type's type parameters
// (List[T]); the bare name List is a generic type without instantiation.

type List[T any] struct {
	items []T
}

func (l *List) Len() int { return len(l.items) }

func main() {
	fmt.Println(List[int]{})
}
