// methods.go - benchmark: method calls on value and pointer receivers and
// through an interface (dynamic dispatch).
// NEEDS METHODS AND INTERFACES (issue 3): until gosub has them, bench/run.sh
// shows this program as failing for gosub; the other columns still count.
// Usage: methods.go [n]   (default 1000000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec   { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Dot(o Vec) int   { return v.X*o.X + v.Y*o.Y }
func (v *Vec) Scale(k int)    { v.X *= k; v.Y *= k }
func (v *Vec) Wrap(limit int) { v.X %= limit; v.Y %= limit }

type Shape interface {
	Area() int
	Grow(d int)
}

type Rect struct{ W, H int }
type Square struct{ S int }

func (r *Rect) Area() int    { return r.W * r.H }
func (r *Rect) Grow(d int)   { r.W = (r.W + d) % 100; r.H = (r.H + d) % 100 }
func (s *Square) Area() int  { return s.S * s.S }
func (s *Square) Grow(d int) { s.S = (s.S + d) % 100 }

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	acc := Vec{1, 2}
	step := Vec{3, 5}
	dots := 0
	for i := 0; i < n; i++ {
		acc = acc.Add(step)
		acc.Scale(3)
		acc.Wrap(1000003)
		dots += acc.Dot(step) % 7
	}
	fmt.Println("vec:", acc.X, acc.Y, dots)

	shapes := []Shape{&Rect{2, 3}, &Square{4}, &Rect{5, 1}, &Square{7}}
	area := 0
	for i := 0; i < n; i++ {
		s := shapes[i%len(shapes)]
		s.Grow(i % 5)
		area += s.Area()
	}
	fmt.Println("shapes:", area)
}
