package main

import "fmt"

// Aliases of instances (type IntStack = Stack[int]), variadic T with
// xs... spread, functional options through a named generic func type
// Opt[T] (a func literal argument must unify with Opt[T] by its underlying
// type), T(len(xs)) conversions, embedded instance promoted methods through
// an interface, untyped constants as []float64 elements.

type Num interface{ ~int | ~float64 }

type Matrix[T Num] [][]T

type Stack[T any] struct{ data []T }

func (s *Stack[T]) Push(xs ...T) { s.data = append(s.data, xs...) }

type IntStack = Stack[int]

type Celsius float64

type Temps = []Celsius

func Avg[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

type Wrapper[T any] struct {
	Stack[T]
	extra T
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Ptrs[T any](xs []T) []*T {
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}

type Opt[T any] func(*T)

func With[T any](v T, opts ...Opt[T]) T {
	for _, o := range opts {
		o(&v)
	}
	return v
}

type Server struct {
	Host string
	Port int
}

func main() {
	var s IntStack
	s.Push(1, 2)
	s.Push([]int{3, 4}...)
	fmt.Println(s.data)
	fmt.Println(Avg(Temps{20, 25.5}), Avg([]int{1, 2, 4}))
	w := Wrapper[string]{extra: "e"}
	w.Push("a")
	fmt.Println(w.data, w.extra)
	fmt.Println(Keys(map[[2]int]struct{}{{1, 2}: {}}))
	fmt.Println(Avg(Matrix[int]{{1, 2}, {3}}[0]), len(Matrix[int]([][]int{{1}})))
	ps := Ptrs([]Server{{"a", 1}, {"b", 2}})
	ps[1].Port = 99
	fmt.Println(*ps[1], len(ps))
	srv := With(Server{Host: "localhost"},
		func(s *Server) { s.Port = 8080 },
		Opt[Server](func(s *Server) { s.Host += ":" + fmt.Sprint(s.Port) }))
	fmt.Printf("%+v\n", srv)
	var m Matrix[float64] = [][]float64{{1}}
	fmt.Println(m, len(m[0]))
	const c = 10
	fmt.Println(Avg([]float64{c, c / 4}))
	var x interface{ Push(...int) } = &s
	x.Push(5)
	fmt.Println(len(s.data))
}
