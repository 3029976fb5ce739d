package main

import "fmt"

// Explicit instantiation: Max[int](a, b), a generic function instantiated
// into a function value (f := Max[float64]) that is then passed around and
// printed with %T, and partial instantiation (Convert[float64](3): the first
// type argument given, the second inferred).

type Number interface{ ~int | ~float64 }

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Convert[To, From Number](x From) To { return To(x) }

func Apply[T any](f func(T, T) T, a, b T) T { return f(a, b) }

func main() {
	fmt.Println(Max[int](3, 9))
	fmt.Println(Max[float64](3, 9))
	f := Max[float64]
	fmt.Printf("%T %v\n", f, f(1.5, -2))
	g := Max[int]
	fmt.Println(Apply(g, 10, 20), Apply(Max[int], 7, 2))
	fmt.Println(Apply[float64](Max[float64], 0.1, 0.2))
	var h func(int, int) int = Max[int]
	fmt.Println(h(-1, -2))
	x := Convert[float64](3)
	fmt.Printf("%v %T\n", x, x)
	y := Convert[int](7.9)
	fmt.Printf("%v %T\n", y, y)
	z := Convert[int, float64](2.5)
	fmt.Println(z)
	fs := []func(float64, float64) float64{Max[float64], Max[float64]}
	fmt.Println(len(fs), fs[1](4, 5))
}
