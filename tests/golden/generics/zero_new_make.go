package main

import "fmt"

// Values of a type parameter's type: `var zero T`, *new(T), new(T) written
// through, make([]T, n), make(map[K]V) and make(chan T, n), the zero value
// for numbers, strings, pointers, slices, structs and interfaces.

type Point struct{ X, Y int }

func Zero[T any]() T {
	var zero T
	return zero
}

func NewOf[T any](v T) *T {
	p := new(T)
	*p = v
	return p
}

func Filled[T any](n int, v T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func Index[K comparable, V any](ks []K, v V) map[K]V {
	m := make(map[K]V, len(ks))
	for _, k := range ks {
		m[k] = v
	}
	return m
}

func Buffered[T any](n int, vs ...T) chan T {
	ch := make(chan T, n)
	for _, v := range vs {
		ch <- v
	}
	return ch
}

func IsZero[T comparable](v T) bool { return v == *new(T) }

func main() {
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[float64](), Zero[bool]())
	fmt.Println(Zero[*int]() == nil, Zero[[]string]() == nil, Zero[map[int]int]() == nil, Zero[error]() == nil)
	fmt.Printf("%+v %v\n", Zero[Point](), Zero[[3]int]())
	fmt.Printf("%v\n", Zero[any]())
	p := NewOf(Point{1, 2})
	p.X = 10
	fmt.Println(*p, *NewOf("s"), *NewOf(1.5))
	fmt.Println(Filled(3, "ab"), Filled(2, Point{}), len(Filled[int](0, 1)))
	m := Index([]string{"a", "b", "a"}, 1.5)
	fmt.Println(len(m), m["a"], m["zz"])
	ch := Buffered(4, 1, 2, 3)
	fmt.Println(len(ch), cap(ch), <-ch)
	fmt.Println(IsZero(0), IsZero(""), IsZero("x"), IsZero(Point{}), IsZero(Point{0, 1}), IsZero[*int](nil))
}
