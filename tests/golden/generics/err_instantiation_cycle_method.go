package main

import "fmt"

// An instantiation cycle through a method: List[T].Zip returns
// List[Pair[T, T]], whose Zip returns List[Pair[Pair[T, T], Pair[T, T]]],
// and so on; Go rejects it (the method set of every instance would be
// infinite).

type Pair[X, Y any] struct {
	X X
	Y Y
}

type List[T any] []T

func (l List[T]) Zip(o List[T]) List[Pair[T, T]] {
	var out List[Pair[T, T]]
	for i := range l {
		out = append(out, Pair[T, T]{l[i], o[i]})
	}
	return out
}

func main() {
	z := List[int]{1, 2}.Zip(List[int]{3, 4})
	fmt.Println(z)
}
