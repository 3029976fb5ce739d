// generic_helpers.go - the small generic helpers scripts define since Go
// 1.18 (Map, Filter, Reduce, Keys, GroupBy, a Set), used on real data.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
)

type Number interface {
	~int | ~int64 | ~float64
}

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

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

type Cents int64

type Product struct {
	Name  string
	Cat   string
	Price Cents
}

func main() {
	ps := []Product{{"pen", "office", 150}, {"desk", "furniture", 15000}, {"lamp", "furniture", 4500}, {"ink", "office", 900}, {"chair", "furniture", 8900}}
	names := Map(ps, func(p Product) string { return strings.ToUpper(p.Name) })
	fmt.Println(names)
	cheap := Filter(ps, func(p Product) bool { return p.Price < 5000 })
	fmt.Println(len(cheap), Map(cheap, func(p Product) string { return p.Name }))
	total := Reduce(ps, Cents(0), func(a Cents, p Product) Cents { return a + p.Price })
	fmt.Printf("total %d.%02d\n", total/100, total%100)
	fmt.Println(Sum([]float64{0.1, 0.2, 0.3}), Sum([]Cents{1, 2, 3}), Sum[int](nil))
	groups := GroupBy(ps, func(p Product) string { return p.Cat })
	cats := Keys(groups)
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Println(c, len(groups[c]), Sum(Map(groups[c], func(p Product) Cents { return p.Price })))
	}
	seen := Set[string]{}
	for _, w := range strings.Fields("a b a c b d") {
		seen.Add(w)
	}
	fmt.Println(seen.Len(), seen.Has("c"), seen.Has("z"))
	var best atomic.Pointer[Product]
	for i := range ps {
		if cur := best.Load(); cur == nil || ps[i].Price > cur.Price {
			best.Store(&ps[i])
		}
	}
	fmt.Printf("%+v %T\n", *best.Load(), &best)
}
