package main

import (
	"fmt"
	"sort"
	"strings"
)

// Generic types in maps of slices and slices of maps: an inverted index
// MultiMap[K, V] (map[K][]V) with generic Invert, a map from instance key
// to slice of instances, and nested composite literals of instances with
// elided types.

type MultiMap[K comparable, V any] map[K][]V

func (m MultiMap[K, V]) Add(k K, v V) { m[k] = append(m[k], v) }

func (m MultiMap[K, V]) Count() int {
	n := 0
	for _, vs := range m {
		n += len(vs)
	}
	return n
}

func Invert[K, V comparable](m MultiMap[K, V]) MultiMap[V, K] {
	out := MultiMap[V, K]{}
	for k, vs := range m {
		for _, v := range vs {
			out.Add(v, k)
		}
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

type Pos[T int | float64] struct{ X, Y T }

type Seg[T int | float64] struct{ From, To Pos[T] }

func main() {
	docs := map[int]string{1: "go is fun", 2: "c is fast", 3: "go and c"}
	idx := MultiMap[string, int]{}
	ids := Keys(docs)
	sort.Ints(ids)
	for _, id := range ids {
		for _, w := range strings.Fields(docs[id]) {
			idx.Add(w, id)
		}
	}
	ws := Keys(idx)
	sort.Strings(ws)
	for _, w := range ws {
		fmt.Print(w, idx[w], " ")
	}
	fmt.Println(idx.Count())
	inv := Invert(idx)
	for _, id := range ids {
		words := inv[id]
		sort.Strings(words)
		fmt.Println(id, words)
	}
	byStart := map[Pos[int]][]Seg[int]{}
	segs := []Seg[int]{{Pos[int]{0, 0}, Pos[int]{1, 1}}, {From: Pos[int]{0, 0}, To: Pos[int]{2, 0}}, {Pos[int]{1, 1}, Pos[int]{0, 0}}}
	for _, s := range segs {
		byStart[s.From] = append(byStart[s.From], s)
	}
	fmt.Println(len(byStart), byStart[Pos[int]{0, 0}], byStart[Pos[int]{1, 1}][0].To)
	grid := []map[string][]Pos[float64]{
		{"a": {{0.5, 1}, {2, 3}}},
		{"b": nil, "c": {{}}},
	}
	fmt.Println(grid[0]["a"][1].Y, len(grid[1]["b"]), grid[1]["c"])
	mm := MultiMap[Pos[int], MultiMap[string, bool]]{}
	mm.Add(Pos[int]{1, 2}, MultiMap[string, bool]{"t": {true, true}})
	mm.Add(Pos[int]{1, 2}, nil)
	fmt.Println(mm, mm.Count(), mm[Pos[int]{1, 2}][0].Count())
	fmt.Printf("%T\n", mm)
}
