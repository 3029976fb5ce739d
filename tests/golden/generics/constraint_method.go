package main

import (
	"fmt"
	"strings"
)

// Methods in constraints: interface{ String() string } as a type parameter's
// constraint lets the body call x.String() on values of the type parameter
// (value and pointer receivers); a constraint combining a type set with a
// method (~int plus String) allows both arithmetic and the method.

type Stringer interface{ String() string }

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type IntStringer interface {
	~int
	String() string
}

func Next[T IntStringer](x T) string {
	return x.String() + "->" + (x + 1).String()
}

func Describe[T interface{ Len() int }](x T) int { return x.Len() * 10 }

type Word string

func (w Word) Len() int { return len(w) }

func main() {
	fmt.Println(Join([]Color{0, 2, 1}, ", "))
	fmt.Println(Join([]*Point{{1, 2}, {3, 4}}, " "))
	fmt.Println(Join([]Stringer{Color(1), &Point{5, 6}}, "|"))
	fmt.Println(Next(Color(0)), Next(Color(1)))
	fmt.Println(Describe(Word("gopher")))
}
