package main

import "fmt"

// Generic closures: a generic function returning closures over variables of
// type T (an accumulator and a memoizer), function literals inside a generic
// body that use T, and each instantiation keeping its own state.

type Number interface{ ~int | ~float64 }

func Accumulator[T Number](start T) (add func(T) T, get func() T) {
	total := start
	add = func(x T) T {
		total += x
		return total
	}
	get = func() T { return total }
	return
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Repeat[T any](n int, x T) func() []T {
	return func() []T {
		out := make([]T, n)
		for i := range out {
			out[i] = x
		}
		return out
	}
}

func main() {
	addI, getI := Accumulator(10)
	addF, getF := Accumulator(0.5)
	addI(5)
	addI(-2)
	addF(0.25)
	fmt.Println(getI(), getF(), addI(100))
	sq, misses := Memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(5), sq(4), sq(4), *misses)
	upper, m2 := Memo(func(s string) []byte { return []byte(s + "!") })
	fmt.Println(string(upper("go")), string(upper("go")), *m2)
	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 1.5 })
	fmt.Println(lenThenDouble("gopher"))
	fmt.Printf("%T\n", lenThenDouble)
	fmt.Println(Repeat(3, "ab")(), Repeat(2, 1.5)())
}
