package main

import (
	"fmt"
	"sort"
)

// Operations permitted by the type set / core type: + on ~int | ~string
// (addition and concatenation), < on an ordered union, len and indexing on
// S ~[]E, range over S ~[]E and over map[K]V parameters, range over a
// ~string type parameter (runes), and == / != with comparable.

type Addable interface{ ~int | ~float64 | ~string }

func Add[T Addable](a, b T) T { return a + b }

func SumAll[T Addable](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Last[S ~[]E, E any](s S) (E, int) { return s[len(s)-1], len(s) }

func SumValues[M ~map[K]V, K comparable, V ~int | ~float64](m M) V {
	var t V
	for _, v := range m {
		t += v
	}
	return t
}

func SortedKeys[K ~string, V any](m map[K]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, string(k))
	}
	sort.Strings(ks)
	return ks
}

func Runes[S ~string](s S) []rune {
	var rs []rune
	for _, r := range s {
		rs = append(rs, r)
	}
	return rs
}

func Count[T comparable](xs []T, x T) (eq, ne int) {
	for _, v := range xs {
		if v == x {
			eq++
		}
		if v != x {
			ne++
		}
	}
	return
}

type Path string
type Scores map[string]int

func main() {
	fmt.Println(Add(2, 3), Add(0.5, 0.25), Add("go", "pher"), Add(Path("/usr"), "/bin"))
	fmt.Println(SumAll(1, 2, 3), SumAll("a", "b", "c"), SumAll[float64]())
	fmt.Println(Last([]string{"a", "b"}))
	fmt.Println(SumValues(Scores{"x": 3, "y": 4}), SumValues(map[int]float64{1: 0.5, 2: 1.5}))
	fmt.Println(SortedKeys(map[Path]bool{"b": true, "a": false}))
	fmt.Println(Runes("héllo"), len(Runes(Path("日本"))))
	fmt.Println(Count([]string{"a", "b", "a"}, "a"))
	fmt.Println(Count([]Path{"x"}, "y"))
	fmt.Println(Count([][2]int{{1, 2}, {2, 1}, {1, 2}}, [2]int{1, 2}))
}
