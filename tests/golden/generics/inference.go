package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Function argument type inference through composite parameter types:
// from named functions' signatures (strconv.Itoa, strings.ToUpper), method
// values, map[K][]V, chan T, *T, [2]T, func(T) (U, error), a generic type
// parameter (Pair[K, V]), and a nested generic call's result; a nil
// argument contributes nothing and the other arguments decide.

type Pair[K comparable, V any] struct {
	K K
	V V
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func TryMap[T, U any](xs []T, f func(T) (U, error)) ([]U, error) {
	var out []U
	for _, x := range xs {
		u, err := f(x)
		if err != nil {
			return out, err
		}
		out = append(out, u)
	}
	return out, nil
}

func Flatten[K comparable, V any](m map[K][]V, order []K) []V {
	var out []V
	for _, k := range order {
		out = append(out, m[k]...)
	}
	return out
}

func Drain[T any](ch chan T) []T {
	close(ch)
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Swap[T any](a [2]T) [2]T { return [2]T{a[1], a[0]} }

func Invert[K, V comparable](ps []Pair[K, V]) map[V]K {
	m := make(map[V]K)
	for _, p := range ps {
		m[p.V] = p.K
	}
	return m
}

func Concat[T any](a, b []T) []T { return append(append([]T{}, a...), b...) }

type Greeter struct{ prefix string }

func (g Greeter) Greet(name string) string { return g.prefix + name }

func main() {
	fmt.Println(Map([]int{1, 22, 333}, strconv.Itoa))
	fmt.Println(Map([]string{"go", "c"}, strings.ToUpper))
	fmt.Println(Map([]string{"ann", "bo"}, Greeter{"hi "}.Greet))
	nums, err := TryMap([]string{"1", "2", "x", "4"}, strconv.Atoi)
	fmt.Println(nums, err)
	fl, err := TryMap([]string{"0.5"}, func(s string) (float64, error) { return strconv.ParseFloat(s, 64) })
	fmt.Println(fl, err)
	fmt.Println(Flatten(map[string][]int{"a": {1, 2}, "b": {3}}, []string{"b", "a"}))
	ch := make(chan string, 2)
	ch <- "x"
	ch <- "y"
	fmt.Println(Drain(ch))
	n := 5
	fmt.Println(Deref(&n, 0), Deref(nil, 9), Deref(nil, "def"))
	fmt.Println(Swap([2]string{"l", "r"}))
	inv := Invert([]Pair[string, int]{{"one", 1}, {"two", 2}})
	fmt.Println(inv[1], inv[2], len(inv))
	fmt.Println(Concat(nil, []int{1}), Concat([]string{"a"}, nil))
	fmt.Printf("%T\n", Concat(Map([]int{1}, strconv.Itoa), nil))
}
