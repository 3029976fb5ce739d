package main

import "fmt"

// Generic algorithms over an Ordered constraint defined locally: binary
// search, merge sort (recursive, with a scratch buffer), insertion sort on
// named slice types, IsSorted, and Reverse in place.

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 | ~string
}

func BinarySearch[T Ordered](xs []T, x T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && xs[lo] == x
}

func MergeSort[T Ordered](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	a, b := MergeSort(xs[:mid]), MergeSort(xs[mid:])
	out := make([]T, 0, len(xs))
	for len(a) > 0 && len(b) > 0 {
		if b[0] < a[0] {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

func InsertionSort[S ~[]E, E Ordered](s S) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func IsSorted[E Ordered](s []E) bool {
	for i := 1; i < len(s); i++ {
		if s[i] < s[i-1] {
			return false
		}
	}
	return true
}

func Reverse[S ~[]E, E any](s S) S {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return s
}

type Celsius float64
type Temps []Celsius
type Name string

func main() {
	xs := MergeSort([]int{5, 2, 9, 1, 5, 6, -3, 0})
	fmt.Println(xs, IsSorted(xs))
	for _, q := range []int{-3, 4, 5, 9, 10} {
		i, ok := BinarySearch(xs, q)
		fmt.Print(q, ":", i, ok, " ")
	}
	fmt.Println()
	ss := MergeSort([]string{"pear", "apple", "fig", "banana", "Apple"})
	fmt.Println(ss, IsSorted(ss))
	fmt.Println(BinarySearch(ss, "fig"))
	t := Temps{21.5, -4, 37.25, 0, 12}
	InsertionSort(t)
	fmt.Println(t, IsSorted(t))
	fmt.Printf("%T %v\n", Reverse(t), t)
	names := []Name{"zed", "amy", "bob"}
	InsertionSort(names)
	fmt.Printf("%v %T\n", names, names[0])
	u8 := []uint8{200, 3, 255, 0}
	fmt.Println(MergeSort(u8))
	fmt.Println(BinarySearch[uint8](MergeSort(u8), 255))
	fmt.Println(MergeSort([]float32{2.5, -1.25, 1e10}))
	var empty []int
	fmt.Println(MergeSort(empty) == nil, IsSorted(empty))
}
