// generic_sum.go - benchmark: generic functions and a generic type in hot
// loops: Sum[T Number] and Max[T Number] over a []int and a []float64, and
// a Stack[T any] pushed and popped (method calls on *Stack[T]). Its twin
// generic_sum_plain.go is the same program written without type parameters;
// issue 13 asks that the two run within 10% of each other.
// Usage: generic_sum.go [rounds]   (default 1000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Number](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack[T]) Len() int { return len(s.items) }

func main() {
	rounds := 1000
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	const n = 10000
	ints := make([]int, n)
	floats := make([]float64, n)
	for i := range ints {
		ints[i] = (i * 7919) % 10007
		floats[i] = float64(ints[i]) / 8
	}
	isum, imax := 0, 0
	fsum, fmax := 0.0, 0.0
	var is Stack[int]
	var fs Stack[float64]
	popped := 0
	for r := 0; r < rounds; r++ {
		ints[r%n] += r
		floats[r%n] += 0.5
		isum += Sum(ints) % 1000
		imax = Max(ints)
		fsum += Sum(floats)
		fmax = Max(floats)
		for i := 0; i < 1000; i++ {
			is.Push(i + r)
			fs.Push(float64(i) * 0.5)
		}
		for is.Len() > 0 {
			popped += is.Pop() % 3
			fs.Pop()
		}
	}
	fmt.Println("int sum", isum, "max", imax)
	fmt.Printf("float sum %.1f max %.1f\n", fsum, fmax)
	fmt.Println("popped", popped, "left", is.Len(), fs.Len())
}
