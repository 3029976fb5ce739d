package main

import (
	"fmt"
	"strings"
)

// Generic helpers with the constraint `any`: Map, Filter and Reduce over
// slices of different element types, inferred from the arguments, with the
// result element type differing from the input's (Map[int, string]).

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("evens:", evens, len(evens))
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println("squares:", squares)
	labels := Map(squares, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println("labels:", strings.Join(labels, ","))
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println("sum:", sum)
	longest := Reduce([]string{"go", "gopher", "gosub"}, "", func(a, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	fmt.Println("longest:", longest)
	lens := Map([]string{"a", "bb", "ccc"}, func(s string) float64 { return float64(len(s)) / 2 })
	fmt.Printf("lens: %v %T\n", lens, lens)
	none := Filter([]string{"x", "y"}, func(string) bool { return false })
	fmt.Println("none:", none, none == nil, len(none))
	joined := Reduce(Map(nums[:3], func(n int) string { return fmt.Sprint(n) }), ">", func(a string, s string) string { return a + s })
	fmt.Println("joined:", joined)
}
