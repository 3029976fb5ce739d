package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Constraints with methods (and methods plus type sets): Stringer-bound
// Join, a Shape constraint with Area/Perimeter, a constraint requiring a
// pointer method (PT interface{ *T; Set(string) }), and a Number
// constraint with a method on named numeric types.

type Stringer interface{ String() string }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Square float64

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (r Rect) String() string       { return fmt.Sprintf("%gx%g", r.W, r.H) }
func (s Square) Area() float64      { return float64(s * s) }
func (s Square) Perimeter() float64 { return float64(4 * s) }
func (s Square) String() string     { return "sq" + strconv.FormatFloat(float64(s), 'g', -1, 64) }

func Largest[S Shape](ss []S) (best S) {
	for i, s := range ss {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return
}

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntVal struct{ n int }

func (v *IntVal) Set(s string) (err error) { v.n, err = strconv.Atoi(s); return }

type ListVal struct{ items []string }

func (v *ListVal) Set(s string) error { v.items = strings.Split(s, ","); return nil }

func ParseAll[T any, PT Setter[T]](ins []string) ([]T, error) {
	out := make([]T, len(ins))
	for i, s := range ins {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type NumStringer interface {
	~int64 | ~int
	String() string
}

func Total[N NumStringer](xs ...N) string {
	var t N
	for _, x := range xs {
		t += x
	}
	return t.String()
}

func main() {
	fmt.Println(Join([]Rect{{1, 2}, {3, 4}}, ", "), Join([]Square{1, 2.5}, "|"))
	fmt.Println(Largest([]Rect{{1, 2}, {3, 1}, {1, 1}}), Largest([]Square{3, 1, 4}))
	fmt.Println(Largest([]Shape{Rect{1, 1}, Square(2), Rect{5, 0.5}}))
	ints, err := ParseAll[IntVal]([]string{"1", "22", "333"})
	fmt.Println(ints, err)
	ints, err = ParseAll[IntVal]([]string{"4", "x5"})
	fmt.Println(ints, err)
	lists, _ := ParseAll[ListVal]([]string{"a,b", "c"})
	fmt.Printf("%+v\n", lists)
	fmt.Println(Total[Money](150, 275, 5))
	fmt.Println(Total(Money(99)), Money(1234))
}
