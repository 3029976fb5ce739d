// closures.go - benchmark: creating and calling closures, captured variables
// shared between closures, higher-order map/filter/reduce over slices.
// Usage: closures.go [n]   (default 1000000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

func makeCounter(step int) (func() int, func() int) {
	count := 0
	inc := func() int { count += step; return count }
	get := func() int { return count }
	return inc, get
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, acc int, f func(int, int) int) int {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	total := 0
	for i := 0; i < n/10; i++ {
		inc, get := makeCounter(i % 7)
		inc()
		inc()
		total += get()
	}
	fmt.Println("counters:", total)

	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = i
	}
	sum := 0
	for round := 0; round < n/1000; round++ {
		k := round % 13
		ys := mapInts(xs, func(x int) int { return x*k + 1 })
		zs := filter(ys, func(x int) bool { return x%3 != 0 })
		sum += reduce(zs, 0, func(a, b int) int { return a + b%1000 })
	}
	fmt.Println("pipeline:", sum)

	adders := make([]func(int) int, 16)
	for i := range adders {
		d := i
		adders[i] = func(x int) int { return x + d }
	}
	v := 0
	for i := 0; i < n; i++ {
		v = adders[i&15](v) & 0xFFFFFF
	}
	fmt.Println("adders:", v)
}
