package main

import (
	"fmt"
	"sort"
	"strings"
)

// sort.Slice and sort.SliceStable on []Pair[K, V] built from a map, a
// generic SortBy helper with a key extractor, and sort.Sort on a generic
// type implementing sort.Interface.

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Entries[K comparable, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	return out
}

func SortBy[T any, K Ordered](xs []T, key func(T) K) {
	sort.SliceStable(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

type byKey[K Ordered, V any] []Pair[K, V]

func (s byKey[K, V]) Len() int           { return len(s) }
func (s byKey[K, V]) Less(i, j int) bool { return s[i].Key < s[j].Key }
func (s byKey[K, V]) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields("a b c a b a d e e e e f") {
		counts[w]++
	}
	es := Entries(counts)
	sort.Slice(es, func(i, j int) bool {
		if es[i].Val != es[j].Val {
			return es[i].Val > es[j].Val
		}
		return es[i].Key < es[j].Key
	})
	fmt.Println(es)
	fmt.Printf("%+v\n", es[0])
	SortBy(es, func(p Pair[string, int]) string { return p.Key })
	fmt.Println(es)
	SortBy(es, func(p Pair[string, int]) int { return p.Val })
	fmt.Println(es)
	fl := Entries(map[float64][]string{2.5: {"x"}, -1: nil, 0: {"y", "z"}})
	sort.Sort(byKey[float64, []string](fl))
	fmt.Println(fl)
	sort.Sort(sort.Reverse(byKey[float64, []string](fl)))
	fmt.Println(fl, sort.IsSorted(byKey[float64, []string](fl)))
	ws := []string{"banana", "kiwi", "apple", "fig"}
	SortBy(ws, func(s string) int { return len(s) })
	fmt.Println(ws)
	i := sort.Search(len(es), func(i int) bool { return es[i].Val >= 2 })
	fmt.Println(i, es[i])
}
