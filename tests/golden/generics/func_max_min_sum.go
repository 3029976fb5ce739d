package main

import "fmt"

// Max, Min and Sum with a named constraint interface Number (a union of
// ~int, ~int64 and ~float64), on int, float64, int64 and a named type whose
// underlying type is int: results keep the argument's type.

type Number interface {
	~int | ~int64 | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min[T Number](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func MaxOf[T Number](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		m = Max(m, x)
	}
	return m
}

type Celsius float64

func main() {
	fmt.Println(Max(3, 7), Min(3, 7))
	fmt.Println(Max(2.5, -1.0), Min(2.5, -1.0))
	var a, b int64 = 1 << 40, 1 << 41
	fmt.Println(Max(a, b), Min(a, b))
	fmt.Println(Sum([]int{1, 2, 3, 4}), Sum([]float64{0.5, 0.25, 0.125}))
	fmt.Println(Sum([]int{}), Sum[float64](nil))
	temps := []Celsius{21.5, 19, 23.25}
	s := Sum(temps)
	fmt.Printf("%v %T\n", s, s)
	fmt.Println(MaxOf(4), MaxOf(4, 9, 2, 11, 3), MaxOf[Celsius](-3, -7.5))
	x := Max(5, 3) + 1
	fmt.Printf("%v %T\n", x, x)
}
