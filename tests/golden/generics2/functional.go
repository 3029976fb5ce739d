package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Functional helpers with closures: Map/Filter/Reduce, Compose, Curry,
// Pipe over a variadic list of func(T) T, Option[T] with Map, and partial
// application capturing loop variables.

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, f func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if f(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Curry[A, B, C any](f func(A, B) C) func(A) func(B) C {
	return func(a A) func(B) C { return func(b B) C { return f(a, b) } }
}

func Pipe[T any](fs ...func(T) T) func(T) T {
	return func(x T) T {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

func parse(s string) Option[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return None[int]()
	}
	return Some(n)
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(Filter(xs, func(n int) bool { return n%3 != 0 }), func(n int) int { return n * n })
	fmt.Println(sq, Reduce(sq, 0, func(a, n int) int { return a + n }))
	joined := Reduce(xs, "", func(a string, n int) string { return a + strconv.Itoa(n) })
	fmt.Println(joined)
	lenOfUpper := Compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println(lenOfUpper("héllo"))
	add := Curry(func(a, b int) int { return a + b })
	add10 := add(10)
	fmt.Println(add10(5), add(1)(2))
	var adders []func(int) int
	for i := 0; i < 3; i++ {
		adders = append(adders, add(i*100))
	}
	p := Pipe(adders...)
	fmt.Println(p(1), Pipe[string]()("same"))
	trim := Pipe(strings.TrimSpace, strings.ToLower, func(s string) string { return strings.ReplaceAll(s, " ", "-") })
	fmt.Println(trim("  Hello Generic World  "))
	opts := Map([]string{"12", "x", "-7"}, parse)
	fmt.Println(opts)
	doubled := Map(opts, func(o Option[int]) Option[string] {
		return MapOpt(o, func(n int) string { return strconv.Itoa(n * 2) })
	})
	fmt.Printf("%v %s\n", doubled, doubled[1])
	fmt.Println(opts[1].OrElse(-1), doubled[2].OrElse("?"))
	fmt.Printf("%+v\n", opts[0])
}
