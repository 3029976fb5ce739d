package main

import "fmt"

// Shadowing around generics: a type parameter named like a predeclared
// type or a package-level type, a local variable shadowing a generic
// function's name, a type parameter shadowing an outer type in a method,
// and a local type declared inside a non-generic function next to
// generic calls.

type T struct{ name string }

type Item struct{ id int }

func Identity[Item any](x Item) Item { return x }

func First[string any](xs []string) string { return xs[0] }

func Wrap[T any](x T) []T { return []T{x} }

type Box[V any] struct{ v V }

func (b Box[T]) Get() T { return b.v } // receiver type parameter named T, shadowing type T

func Len[S ~[]E, E any](s S) int {
	len := 0
	for range s {
		len++
	}
	return len
}

func main() {
	fmt.Println(Identity(3), Identity(Item{7}), Identity(T{"t"}))
	fmt.Println(First([]int{9, 8}), First([]bool{true}))
	fmt.Printf("%T %v\n", Wrap(T{"x"}), Wrap(T{"x"}))
	b := Box[T]{T{"boxed"}}
	fmt.Println(b.Get().name)
	fmt.Println(Len([]string{"a", "b"}), len("abc"))
	{
		Wrap := func(s string) string { return "[" + s + "]" }
		fmt.Println(Wrap("local"))
	}
	fmt.Println(Wrap("generic again"))
	type Box struct{ n int }
	fmt.Println(Box{3})
	type pair struct{ a, b int }
	fmt.Printf("%v %T\n", Identity(pair{1, 2}), Identity(pair{1, 2}))
	for i, T := range []string{"x", "y"} {
		fmt.Print(i, T, " ")
	}
	fmt.Println()
	any := 5
	fmt.Println(any, Identity(any))
}
