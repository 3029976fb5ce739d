package main

import (
	"fmt"
	"sort"
)

// Valid corners: receiver type parameters renamed or blank (Vec[E], Vec[_]),
// a type parameter only in the result, a generic type used before its
// declaration, inline constraint literals, constraint type inference through
// a named generic constraint (S Sortable[E] with Sortable[T] ~[]T), arrays
// of T, iterator closures and channels returned by methods, instantiated
// generic functions in var blocks, maps and if/switch headers.

type Number interface {
	~int | ~int64 | ~float64
}

// generic type with a method whose receiver type params are renamed
type Vec[T Number] struct{ xs []T }

func (v Vec[E]) Sum() (s E) {
	for _, x := range v.xs {
		s += x
	}
	return
}

func (v *Vec[_]) Len() int { return len(v.xs) }

// a type parameter used only in the result
func Zero[T any]() (z T) { return }

// a generic func using a generic type declared later
func MakeTable[K comparable, V any]() Table[K, V] { return Table[K, V]{m: map[K]V{}} }

type Table[K comparable, V any] struct{ m map[K]V }

func (t Table[K, V]) Put(k K, v V) Table[K, V] { t.m[k] = v; return t }

// constraint literal inline, and interface with both type set and method
func Stringify[T interface{ ~int | ~string }](x T) string { return fmt.Sprint(x) }

type Sortable[T any] interface {
	~[]T
}

func SortIn[S Sortable[E], E interface{ ~int | ~string }](s S) S {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s
}

// parenthesized and array-of-T types
func Firsts[T any](xs [][2]T) (out []T) {
	for _, p := range xs {
		out = append(out, p[0])
	}
	return
}

func Apply[T any](fs ...func(*T)) T {
	var v T
	for _, f := range fs {
		f(&v)
	}
	return v
}

type Point struct{ X, Y int }

// generic method returning func types over T and chan of T
type Gen[T any] struct{ vals []T }

func (g Gen[T]) Iter() func() (T, bool) {
	i := 0
	return func() (T, bool) {
		if i >= len(g.vals) {
			var z T
			return z, false
		}
		i++
		return g.vals[i-1], true
	}
}

func (g Gen[T]) Chan() <-chan T {
	c := make(chan T, len(g.vals))
	for _, v := range g.vals {
		c <- v
	}
	close(c)
	return c
}

func main() {
	v := Vec[float64]{[]float64{1.5, 2}}
	fmt.Println(v.Sum(), v.Len())
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*Point]() == nil, Zero[[2]bool]())
	t := MakeTable[string, []int]().Put("a", []int{1}).Put("b", nil)
	fmt.Println(len(t.m), t.m)
	fmt.Println(Stringify(3) + Stringify("x"))
	type Names []string
	fmt.Printf("%v %T\n", SortIn(Names{"b", "a"}), SortIn(Names{}))
	fmt.Println(Firsts([][2]string{{"a", "b"}, {"c", "d"}}))
	p := Apply(func(p *Point) { p.X = 1 }, func(p *Point) { p.Y = p.X + 1 })
	fmt.Println(p)
	it := Gen[rune]{[]rune("héllo")}.Iter()
	for r, ok := it(); ok; r, ok = it() {
		fmt.Print(string(r), ".")
	}
	fmt.Println()
	for x := range (Gen[Point]{[]Point{{1, 2}}}).Chan() {
		fmt.Println(x)
	}
	var (
		f1                = Zero[float32]
		f2 func() []Point = Zero[[]Point]
	)
	fmt.Println(f1(), f2() == nil)
	if x := Zero[int](); x == 0 {
		fmt.Println("zero")
	}
	switch Stringify[int](2) {
	case "2":
		fmt.Println("two")
	}
	m := map[string]func() int{"z": Zero[int]}
	fmt.Println(m["z"]())
	arr := [...]Vec[int]{{[]int{1}}, {[]int{2, 3}}}
	fmt.Println(len(arr), arr[1].Sum())
}
