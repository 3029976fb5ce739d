package main

import (
	"fmt"
	"strings"
)

// Core types at work: ~string | ~[]byte (len, index), ~string results,
// make of S ~[]E, M ~map[K]V, ranging over C ~chan E, named results of
// type T, T(3) conversions, mutually recursive generic types, typed nil
// pointers to instances inside interfaces.

type A[T any] struct {
	val T
	b   *B[T]
}

type B[T any] struct {
	vals []T
	a    *A[T]
}

func Len[S ~string | ~[]byte](s S) int { return len(s) }

func At[S ~string | ~[]byte](s S, i int) byte { return s[i] }

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func Bytes[S ~string](s S) []byte { return []byte(s) }

func Runes[R ~[]rune](r R) string { return string(r) }

func Grow[S ~[]E, E any](s S, n int) S {
	out := make(S, len(s), len(s)+n)
	copy(out, s)
	return out
}

func Fill[M ~map[K]V, K comparable, V any](keys []K, v V) M {
	m := make(M, len(keys))
	for _, k := range keys {
		m[k] = v
	}
	return m
}

func Drain[C ~chan E, E any](c C) (out []E) {
	for v := range c {
		out = append(out, v)
	}
	return
}

func MinMax[T ~int | ~float64](xs ...T) (lo, hi T) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func Scale[T ~int | ~float64](x T) T { return x * T(3) / 2 }

type Path string
type Raw []byte
type Word []rune
type Set map[string]bool
type Pipe chan int

func main() {
	a := &A[int]{val: 1}
	a.b = &B[int]{vals: []int{2, 3}, a: a}
	fmt.Println(a.b.a.val, a.b.vals, a.b.a.b.vals[1])
	fmt.Println(Len(Path("abc")), Len(Raw{1, 2}), At("hey", 1), At(Raw("xyz"), 2))
	fmt.Printf("%v %T %v\n", Upper(Path("/usr")), Upper(Path("a")), Bytes(Path("hi")))
	fmt.Println(Runes(Word{'g', 'o'}))
	g := Grow(Raw("ab"), 10)
	fmt.Printf("%T %d %d %s\n", g, len(g), cap(g), g)
	s := Fill[Set]([]string{"a", "b"}, true)
	fmt.Printf("%T %v\n", s, s)
	p := make(Pipe, 3)
	p <- 1
	p <- 2
	close(p)
	fmt.Println(Drain(p))
	fmt.Println(MinMax(3, -1, 8))
	fmt.Println(MinMax[float64]())
	fmt.Println(Scale(5), Scale(5.0))
	var bp *A[string]
	var i any = bp
	fmt.Println(i != nil, i.(*A[string]) == nil)
	cmp := func(x, y Path) bool { return x < y }
	fmt.Println(cmp("a", "b"))
}
