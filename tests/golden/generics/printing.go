package main

import "fmt"

// How fmt prints instantiated generic types: %T of generic structs,
// pointers, slices and maps of them, type arguments that are themselves
// generic or composite (Box[[]int], Pair[Box[int],map[string]int]), %v, %+v
// and %#v, Println of nested generic values, and a generic func value's %T.

type Box[T any] struct{ V T }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	items []T
}

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type Num[T ~int | ~float64] []T

func Id[T any](x T) T { return x }

func main() {
	fmt.Printf("%T\n", List[int]{})
	fmt.Printf("%T\n", Pair[string, int]{})
	fmt.Printf("%T\n", &Node[int]{})
	fmt.Printf("%T\n", []Pair[int, string]{})
	fmt.Printf("%T\n", map[string]Box[float64]{})
	fmt.Printf("%T\n", Box[[]int]{})
	fmt.Printf("%T\n", Pair[Box[int], map[string]int]{})
	fmt.Printf("%T\n", Box[Box[Box[string]]]{})
	fmt.Printf("%T\n", Box[*Node[uint8]]{})
	fmt.Printf("%T\n", Box[func(int) string]{})
	fmt.Printf("%T\n", Box[struct{ A int }]{})
	fmt.Printf("%T\n", Box[interface{}]{})
	fmt.Printf("%T\n", Box[error]{})
	fmt.Printf("%T %v\n", Num[float64]{2.5}, Num[int]{3})
	fmt.Printf("%T\n", Id[Pair[int, bool]])

	p := Pair[string, []int]{"k", []int{1, 2}}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	b := Box[Pair[int, string]]{Pair[int, string]{1, "one"}}
	fmt.Printf("%v|%+v|%#v\n", b, b, b)
	l := List[string]{items: []string{"a", "b"}}
	fmt.Printf("%v %+v\n", l, l)
	n := &Node[int]{1, &Node[int]{2, nil}}
	fmt.Printf("%v %+v %v\n", n.Val, *n.Next, n.Next.Next == nil)
	fmt.Println([]Box[int]{{1}, {2}}, map[string]Box[bool]{"t": {true}})
	var e any = Box[int]{5}
	fmt.Printf("%v %T\n", e, e)
}
