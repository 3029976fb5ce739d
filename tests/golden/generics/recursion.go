package main

import "fmt"

// Recursion of generic functions (a generic quicksort and a generic
// recursive flatten/sum), a generic function calling other generic
// functions with its own type parameter as the type argument, and mutual
// recursion between two generic functions.

type Ordered interface{ ~int | ~float64 | ~string }

func QuickSort[T Ordered](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	pivot := xs[0]
	var less, more []T
	for _, x := range xs[1:] {
		if x < pivot {
			less = append(less, x)
		} else {
			more = append(more, x)
		}
	}
	out := append(QuickSort(less), pivot)
	return append(out, QuickSort[T](more)...)
}

func Pow[T ~int | ~float64](x T, n int) T {
	if n == 0 {
		return 1
	}
	return x * Pow(x, n-1)
}

func Even[T ~int](n T) bool {
	if n == 0 {
		return true
	}
	return Odd(n - 1)
}

func Odd[T ~int](n T) bool {
	if n == 0 {
		return false
	}
	return Even(n - 1)
}

func Median[T Ordered](xs []T) T {
	s := QuickSort(append([]T(nil), xs...))
	return s[len(s)/2]
}

func Depth[T any](xs []T, level int) int {
	if len(xs) <= 1 {
		return level
	}
	return Depth(xs[:len(xs)/2], level+1)
}

type Level int

func main() {
	fmt.Println(QuickSort([]int{5, 2, 9, 1, 5, 6, -3}))
	fmt.Println(QuickSort([]string{"pear", "apple", "fig", "kiwi"}))
	fmt.Println(QuickSort([]float64{2.5, -0.5, 1}))
	fmt.Println(Pow(2, 10), Pow(1.5, 3))
	fmt.Println(Even(10), Odd(7), Even(Level(3)))
	xs := []int{9, 3, 7, 1, 5}
	fmt.Println(Median(xs), xs)
	fmt.Println(Median([]string{"b", "c", "a"}))
	fmt.Println(Depth(make([]bool, 64), 0), Depth([]string{"x"}, 0))
}
