package main

import (
	"fmt"
	"sort"
)

// Keys and Values of a map through map[K]V parameters (K comparable),
// sorted so that the output does not depend on map iteration order: a
// generic insertion sort over an Ordered constraint with ~string.

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Values[K comparable, V any](m map[K]V) []V {
	vals := make([]V, 0, len(m))
	for _, v := range m {
		vals = append(vals, v)
	}
	return vals
}

func Sort[T Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	keys := Keys(m)
	Sort(keys)
	return keys
}

type Name string

func main() {
	ages := map[string]int{"carol": 41, "alice": 30, "bob": 25, "dave": 19}
	fmt.Println(SortedKeys(ages))
	vals := Values(ages)
	sort.Ints(vals)
	fmt.Println(vals)

	byID := map[int]Name{30: "z", 10: "x", 20: "y"}
	ids := SortedKeys(byID)
	for _, id := range ids {
		fmt.Print(id, "=", byID[id], " ")
	}
	fmt.Println()

	names := Values(byID)
	Sort(names)
	fmt.Printf("%v %T\n", names, names)

	fl := map[float64]bool{2.5: true, -1: false, 0.25: true}
	fmt.Println(SortedKeys(fl))
	fmt.Println(len(Keys(map[string]struct{}{})), Keys[string, int](nil) == nil)
}
