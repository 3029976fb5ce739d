package main

import "fmt"

// A type argument outside the constraint's type set: string does not
// satisfy Number (~int | ~float64).

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Sum([]int{1, 2}))
	fmt.Println(Sum([]string{"a", "b"}))
}
