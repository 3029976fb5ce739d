package main

import (
	"fmt"
	"strconv"
)

// Type inference people rely on: from slices of named types (S ~[]E keeps
// the named type), from func arguments (parameter and result types), from
// untyped constants with a typed argument, partial explicit type
// arguments, constraint type inference with a pointer constraint, and
// passing an instantiated generic function as a value.

type IDs []int64

func Clone[S ~[]E, E any](s S) S { return append(S(nil), s...) }

func MapFn[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Scale[T ~int64 | ~float64](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func Convert[To, From any](xs []From, f func(From) To) []To { return MapFn(xs, f) }

type Resetter[T any] interface {
	*T
	Reset()
}

type Buf struct{ data []byte }

func (b *Buf) Reset() { b.data = b.data[:0] }

func ResetAll[T any, PT Resetter[T]](xs []T) {
	for i := range xs {
		PT(&xs[i]).Reset()
	}
}

func Double[T int | float64](x T) T { return x * 2 }

func main() {
	ids := IDs{3, 1, 2}
	c := Clone(ids)
	c[0] = 99
	fmt.Printf("%T %v %v\n", c, c, ids)
	strs := MapFn(ids, func(n int64) string { return strconv.FormatInt(n, 2) })
	fmt.Printf("%T %q\n", strs, strs)
	fmt.Println(Scale(ids, 3), Scale([]float64{0.5}, 3))
	fmt.Printf("%T\n", Scale(ids, 2))
	lens := Convert[int]([]string{"abc", ""}, func(s string) int { return len(s) })
	fmt.Println(lens)
	bufs := []Buf{{[]byte("ab")}, {nil}, {[]byte("c")}}
	ResetAll(bufs)
	fmt.Println(len(bufs[0].data), cap(bufs[0].data) > 0, bufs[2].data != nil)
	f := Double[float64]
	g := MapFn[int, int]
	fmt.Println(f(1.25), g([]int{1, 2}, Double[int]))
	fmt.Printf("%T %T\n", f, g)
	var h func([]string, func(string) bool) []bool = MapFn[string, bool]
	fmt.Println(h([]string{"", "a"}, func(s string) bool { return s == "" }))
}
