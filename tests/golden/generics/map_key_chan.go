package main

import (
	"fmt"
	"sort"
)

// Generic types as map keys (Pair[int, int] keys, a map from Box[string] to
// a generic slice type) and as channel elements (chan Box[int], and
// chan T inside generic producer/consumer functions run as goroutines).

type Pair[A, B comparable] struct {
	First  A
	Second B
}

type Box[T any] struct{ V T }

type Bag[T any] []T

func Produce[T any](vals []T) <-chan T {
	ch := make(chan T, len(vals))
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func main() {
	dist := map[Pair[int, int]]int{}
	dist[Pair[int, int]{0, 0}] = 0
	dist[Pair[int, int]{1, 2}] = 3
	dist[Pair[int, int]{1, 2}] += 4
	fmt.Println(len(dist), dist[Pair[int, int]{1, 2}], dist[Pair[int, int]{9, 9}])
	_, ok := dist[Pair[int, int]{0, 0}]
	fmt.Println(ok)

	idx := map[Box[string]]Bag[int]{}
	idx[Box[string]{"a"}] = append(idx[Box[string]{"a"}], 1, 2)
	idx[Box[string]{"b"}] = Bag[int]{3}
	keys := make([]string, 0)
	for k := range idx {
		keys = append(keys, k.V)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, idx[Box[string]{k}], " ")
	}
	fmt.Println()

	boxes := make(chan Box[int], 3)
	boxes <- Box[int]{1}
	boxes <- Box[int]{V: 2}
	close(boxes)
	for b := range boxes {
		fmt.Print(b.V*10, " ")
	}
	fmt.Println()

	fmt.Println(Collect(Produce([]string{"x", "y", "z"})))
	pairs := Collect(Produce([]Pair[string, bool]{{"on", true}, {"off", false}}))
	fmt.Printf("%v %T\n", pairs, pairs)
	done := make(chan Pair[int, string])
	go func() { done <- Pair[int, string]{42, "done"} }()
	fmt.Printf("%+v\n", <-done)
}
