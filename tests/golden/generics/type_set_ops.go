package main

import "fmt"

// Operations valid for every type of a type set without a core type
// (indexing ~[4]int | ~[]int, cap of ~[]int | ~chan int, len of arrays,
// maps and strings), a recursive closure over T, labeled continue in a
// generic loop, string(rune(x)), bit operations on unsigned sets, untyped
// constants compared with and returned as T, pointers to T, and the zero
// value of a comparable T.

func First[T ~[4]int | ~[]int](x T) int { return x[0] }

func Cap[T ~[]int | ~chan int](x T) int { return cap(x) }

func Len[T ~[3]string | ~map[string]int | ~string](x T) int { return len(x) }

func Fact[T ~int | ~int64](n T) T {
	var rec func(T) T
	rec = func(k T) T {
		if k <= 1 {
			return 1
		}
		return k * rec(k-1)
	}
	return rec(n)
}

func FindPair[T comparable](grid [][]T, want T) (int, int) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				return i, j
			}
			if j > 5 {
				continue outer
			}
		}
	}
	return -1, -1
}

func Chars[T ~int | ~rune](x T) string { return string(rune(x)) }

func Bits[T ~uint8 | ~uint16](x T) (n int) {
	for x != 0 {
		n += int(x & 1)
		x >>= 1
	}
	return
}

func Clamp[T ~int | ~float64](x T) T {
	const lo, hi = 0, 100
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Default[T comparable](v, d T) T {
	var zero T
	if v == zero {
		return d
	}
	return v
}

func main() {
	fmt.Println(First([4]int{7}), First([]int{8, 9}))
	fmt.Println(Cap(make([]int, 1, 5)), Cap(make(chan int, 3)))
	fmt.Println(Len([3]string{}), Len(map[string]int{"a": 1}), Len("héllo"))
	fmt.Println(Fact(10), Fact(int64(20)))
	fmt.Println(FindPair([][]string{{"a", "b"}, {"c", "d"}}, "d"))
	fmt.Println(Chars(65), Chars('é'))
	fmt.Println(Bits(uint8(255)), Bits(uint16(0x8001)))
	fmt.Println(Clamp(-5), Clamp(500.5), Clamp(42))
	fmt.Println(Keys(map[int]bool{1: true, 2: false}))
	x, y := "x", "y"
	Swap(&x, &y)
	fmt.Println(x, y)
	fmt.Println(Default("", "def"), Default(0, 7), Default(3, 7), Default[*int](nil, nil) == nil)
}
