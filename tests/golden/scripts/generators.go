// generators builds lazy sequences from closures: counters, fibonacci,
// filter/map/take combinators, a deterministic pseudo-random generator
// and a memoizing wrapper.
package main

import (
	"fmt"
	"strings"
)

type Gen func() (int, bool)

func Count(from, step int) Gen {
	n := from - step
	return func() (int, bool) {
		n += step
		return n, true
	}
}

func Fib() Gen {
	a, b := 0, 1
	return func() (int, bool) {
		r := a
		a, b = b, a+b
		return r, true
	}
}

func FromSlice(xs []int) Gen {
	i := 0
	return func() (int, bool) {
		if i >= len(xs) {
			return 0, false
		}
		i++
		return xs[i-1], true
	}
}

func (g Gen) Filter(pred func(int) bool) Gen {
	return func() (int, bool) {
		for {
			v, ok := g()
			if !ok || pred(v) {
				return v, ok
			}
		}
	}
}

func (g Gen) Map(f func(int) int) Gen {
	return func() (int, bool) {
		v, ok := g()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func (g Gen) Take(n int) []int {
	var out []int
	for len(out) < n {
		v, ok := g()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

// LCG is a linear congruential generator: deterministic "randomness".
func LCG(seed uint32) Gen {
	state := seed
	return func() (int, bool) {
		state = state*1664525 + 1013904223
		return int(state >> 16 % 100), true
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

func main() {
	isEven := func(n int) bool { return n%2 == 0 }
	square := func(n int) int { return n * n }
	fmt.Println("count:", Count(10, 5).Take(6))
	fmt.Println("fib:", Fib().Take(15))
	fmt.Println("even fib:", Fib().Filter(isEven).Take(8))
	fmt.Println("odd squares:", Count(1, 1).Filter(func(n int) bool { return !isEven(n) }).Map(square).Take(7))
	fmt.Println("slice, short:", FromSlice([]int{4, 8, 15, 16, 23, 42}).Filter(isEven).Take(10))
	fmt.Println("random:", LCG(42).Take(12))
	fmt.Println("random again:", LCG(42).Take(4), "other seed:", LCG(7).Take(4))

	var slowSquare func(int) int
	slowSquare, calls := memo(square)
	total := 0
	for _, n := range LCG(1).Map(func(n int) int { return n % 10 }).Take(50) {
		total += slowSquare(n)
	}
	fmt.Println("sum of squares:", total, "distinct calls:", *calls)

	var fns []func() string
	for _, w := range strings.Fields("alpha beta gamma") {
		w := w
		fns = append(fns, func() string { return strings.ToUpper(w[:1]) + w[1:] })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	acc := func() func(int) int {
		sum := 0
		return func(x int) int { sum += x; return sum }
	}()
	acc(10)
	acc(20)
	fmt.Println("accumulator:", acc(12))
}
