package main

import "fmt"

// Generic memoization: Memoize[K, V] wraps a func(K) V in a cache, a
// recursive fibonacci through a memoized closure referring to itself, a
// two-argument version keyed by a generic struct, and call counting.

func Memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

type key2[A, B comparable] struct {
	a A
	b B
}

func Memoize2[A, B comparable, V any](f func(A, B) V) func(A, B) V {
	m, _ := Memoize(func(k key2[A, B]) V { return f(k.a, k.b) })
	return func(a A, b B) V { return m(key2[A, B]{a, b}) }
}

func main() {
	var fib func(int) uint64
	var calls func() int
	fib, calls = Memoize(func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(90), calls())
	fmt.Println(fib(50), calls())

	var binom func(int, int) int
	binom = Memoize2(func(n, k int) int {
		if k == 0 || k == n {
			return 1
		}
		return binom(n-1, k-1) + binom(n-1, k)
	})
	fmt.Println(binom(30, 15), binom(10, 3))

	upper, n := Memoize(func(s string) []byte {
		b := []byte(s)
		for i := range b {
			if b[i] >= 'a' && b[i] <= 'z' {
				b[i] -= 32
			}
		}
		return b
	})
	fmt.Println(string(upper("hello")), string(upper("go")), string(upper("hello")), n())

	var lcs func(string, string) int
	lcs = Memoize2(func(a, b string) int {
		if a == "" || b == "" {
			return 0
		}
		if a[0] == b[0] {
			return 1 + lcs(a[1:], b[1:])
		}
		x, y := lcs(a[1:], b), lcs(a, b[1:])
		if x > y {
			return x
		}
		return y
	})
	fmt.Println(lcs("generics are here", "interpreters are there"))
}
