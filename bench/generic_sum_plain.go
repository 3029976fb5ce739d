// generic_sum_plain.go - benchmark: generic_sum.go written by hand without
// type parameters (SumInt/SumFloat, MaxInt/MaxFloat, IntStack/FloatStack);
// same output. The pair measures what generics cost (issue 13: within 10%).
// Usage: generic_sum_plain.go [rounds]   (default 1000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

func SumInt(xs []int) int {
	var s int
	for _, x := range xs {
		s += x
	}
	return s
}

func SumFloat(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxInt(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func MaxFloat(xs []float64) float64 {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type IntStack struct {
	items []int
}

func (s *IntStack) Push(v int) { s.items = append(s.items, v) }

func (s *IntStack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *IntStack) Len() int { return len(s.items) }

type FloatStack struct {
	items []float64
}

func (s *FloatStack) Push(v float64) { s.items = append(s.items, v) }

func (s *FloatStack) Pop() float64 {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *FloatStack) Len() int { return len(s.items) }

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
	var is IntStack
	var fs FloatStack
	popped := 0
	for r := 0; r < rounds; r++ {
		ints[r%n] += r
		floats[r%n] += 0.5
		isum += SumInt(ints) % 1000
		imax = MaxInt(ints)
		fsum += SumFloat(floats)
		fmax = MaxFloat(floats)
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
