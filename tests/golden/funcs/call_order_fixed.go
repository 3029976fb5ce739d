// Calls with up to four plain arguments (the fixed-arity handlers): the
// function value is evaluated before the arguments, a nil function panics
// only after both, blank parameters still receive their arguments, and a
// range over a word slice sees elements written by its body.
package main

import "fmt"

func three(a, _ int, c int) int { return a*10 + c }

func four(a, b, c, d int) int { return a + b*10 + c*100 + d*1000 }

func trace(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func main() {
	fmt.Println(three(1, 2, 3), four(1, 2, 3, 4))
	fs := []func(int, int) int{func(x, y int) int { return x - y }, func(x, _ int) int { return x * 2 }}
	for i := range fs {
		fmt.Println(fs[trace("fn", i)](trace("x", 7), trace("y", 3)))
	}
	xs := []int{1, 2, 3, 4}
	sum := 0
	for i, x := range xs {
		if i+1 < len(xs) {
			xs[i+1] += x
		}
		sum += x
	}
	fmt.Println(sum, xs)
	defer func() { fmt.Println("recovered:", recover()) }()
	var h func(int, int)
	h(trace("a", 1), trace("b", 2))
}
