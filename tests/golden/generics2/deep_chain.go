package main

import (
	"fmt"
	"strings"
)

// Deep instantiation chains: F calls G calls H with derived type
// arguments ([]T, Pair[T, U], map[K][]V), a generic function returning a
// generic closure, and a generic method returning another instance.

type Pair[A, B any] struct {
	A A
	B B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.B, p.A} }

func H[T any](x T) string { return fmt.Sprintf("H(%T=%v)", x, x) }

func G[T any, U any](x T, u U) string {
	return H(Pair[T, U]{x, u}) + " " + H([]T{x}) + " " + H(Pair[U, []T]{u, nil}.Swap())
}

func F[T comparable](xs ...T) string {
	var parts []string
	for i, x := range xs {
		parts = append(parts, G(x, map[T]int{x: i}))
	}
	return strings.Join(parts, "\n")
}

func Wrap[T any](x T) Pair[T, Pair[T, T]] { return Pair[T, Pair[T, T]]{x, Pair[T, T]{x, x}} }

func Level1[T any](x T) any { return Level2([]T{x}) }
func Level2[T any](x T) any { return Level3(map[string]T{"k": x}) }
func Level3[T any](x T) any { return Level4(&x) }
func Level4[T any](x T) any { return Pair[T, int]{x, 4} }

func Adder[T int | float64 | string](base T) func(T) T {
	return func(x T) T { return base + x }
}

func Apply[T, U any](f func(T) U) func([]T) []U {
	return func(xs []T) []U {
		out := make([]U, len(xs))
		for i := range xs {
			out[i] = f(xs[i])
		}
		return out
	}
}

func main() {
	fmt.Println(F(1, 2))
	fmt.Println(F("s"))
	w := Wrap(Wrap(true))
	fmt.Printf("%v\n%T\n", w, w)
	r := Level1(3.5)
	fmt.Printf("%T\n", r)
	p := r.(Pair[*map[string][]float64, int])
	fmt.Println((*p.A)["k"], p.B)
	fmt.Println(Adder("go")("pher"), Adder(1.5)(2), Adder(40)(2))
	lens := Apply(func(s string) int { return len(s) })
	fmt.Println(lens([]string{"a", "bb", ""}))
	nested := Apply(Apply(Adder(10)))
	fmt.Println(nested([][]int{{1, 2}, {3}}))
	sw := Pair[string, []int]{"x", []int{1}}.Swap().Swap().Swap()
	fmt.Printf("%v %T\n", sw, sw)
}
