package main

import (
	"fmt"
	"strings"
)

// The helpers people write before x/exp/slices: Dedup, GroupBy, Chunk, Zip,
// Unzip, Partition, Flatten, Index, Contains, Keys/Values (sorted by a less
// func), with explicit and inferred instantiation.

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]struct{}, len(xs))
	out := xs[:0:0]
	for _, x := range xs {
		if _, ok := seen[x]; !ok {
			seen[x] = struct{}{}
			out = append(out, x)
		}
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func Chunk[T any](xs []T, n int) [][]T {
	var out [][]T
	for n < len(xs) {
		xs, out = xs[n:], append(out, xs[:n:n])
	}
	return append(out, xs)
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]Pair[A, B], n)
	for i := range out {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	as, bs := make([]A, len(ps)), make([]B, len(ps))
	for i, p := range ps {
		as[i], bs[i] = p.First, p.Second
	}
	return as, bs
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

func Flatten[T any](xss [][]T) []T {
	var out []T
	for _, xs := range xss {
		out = append(out, xs...)
	}
	return out
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Contains[T comparable](xs []T, x T) bool { return Index(xs, x) >= 0 }

func SortedKeys[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && less(ks[j], ks[j-1]); j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func main() {
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1, 4}), Dedup([]string{"a", "a"}), len(Dedup([]bool{})))
	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	g := GroupBy(words, func(s string) byte { return s[0] })
	for _, k := range SortedKeys(g, func(a, b byte) bool { return a < b }) {
		fmt.Printf("%c=%v ", k, g[k])
	}
	fmt.Println()
	byLen := GroupBy(words, func(s string) int { return len(s) })
	fmt.Println(SortedKeys(byLen, func(a, b int) bool { return a > b }))
	fmt.Println(Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3), Chunk([]string{}, 2), len(Chunk([]int{1}, 5)))
	z := Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5})
	fmt.Println(z, len(z))
	fmt.Printf("%v %+v %s\n", z[0], z[1], z)
	as, bs := Unzip(z)
	fmt.Println(as, bs)
	even, odd := Partition([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(even, odd)
	fmt.Println(Flatten([][]rune{[]rune("ab"), nil, []rune("c")}))
	fmt.Println(Index(words, "cherry"), Contains(words, "kiwi"), Index[float64]([]float64{1, 2.5, 2}, 2))
	zz := Zip(Zip([]int{1, 2}, []bool{true, false}), []string{"x", "y"})
	fmt.Println(zz)
	fmt.Printf("%T\n", zz)
}
