package main

import "fmt"

// A failed type assertion between two instantiations of one generic type:
// Go's panic message names both (interface {} is main.Box[int], not
// main.Box[string]). A recovered one first, then the fatal one.

type Box[T any] struct{ V T }

func Unbox[T any](x any) T {
	return x.(Box[T]).V
}

func try(x any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	fmt.Println(Unbox[string](x))
}

func main() {
	fmt.Println(Unbox[int](Box[int]{1}))
	try(Box[string]{"ok"})
	try(Box[[]int]{nil})
	var x any = Box[int]{42}
	fmt.Println(Unbox[string](x))
}
