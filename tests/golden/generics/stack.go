package main

import "fmt"

// A generic type Stack[T any] with pointer-receiver methods, instantiated
// with int, string and a struct type; Pop on an empty stack returns the zero
// value of T and false.

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (v T, ok bool) {
	if len(s.items) > 0 {
		v, ok = s.items[len(s.items)-1], true
	}
	return
}

func (s Stack[T]) Len() int { return len(s.items) }

type Point struct{ X, Y int }

func main() {
	var ints Stack[int]
	for i := 1; i <= 4; i++ {
		ints.Push(i * i)
	}
	fmt.Println(ints.Len())
	for ints.Len() > 0 {
		v, _ := ints.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := ints.Pop()
	fmt.Println(v, ok)

	words := &Stack[string]{}
	words.Push("a")
	words.Push("b")
	top, ok := words.Peek()
	fmt.Println(top, ok, words.Len())
	w, _ := words.Pop()
	w2, _ := words.Pop()
	w3, ok3 := words.Pop()
	fmt.Printf("%q %q %q %v\n", w, w2, w3, ok3)

	pts := Stack[Point]{}
	pts.Push(Point{1, 2})
	pts.Push(Point{3, 4})
	p, _ := pts.Pop()
	fmt.Println(p, pts.Len())
	_, _ = pts.Pop()
	zp, ok := pts.Pop()
	fmt.Printf("%+v %v\n", zp, ok)

	nested := Stack[[]int]{}
	nested.Push([]int{1})
	nested.Push(nil)
	n, _ := nested.Pop()
	fmt.Println(n == nil, nested.Len())
}
