// shapes models a small shape hierarchy with interfaces, interface
// embedding, struct embedding and method promotion, and sums areas.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type base struct {
	label string
}

func (b base) Name() string { return b.label }

type Circle struct {
	base
	R float64
}

type Rect struct {
	base
	W, H float64
}

type Square struct {
	Rect
}

type Triangle struct {
	base
	A, B, C float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

// Square overrides Name but inherits Area and Perimeter from Rect.
func (s Square) Name() string { return "square(" + s.base.label + ")" }

func NewSquare(label string, side float64) Square {
	return Square{Rect{base{label}, side, side}}
}

type Scaler interface {
	Scale(f float64)
}

func (c *Circle) Scale(f float64) { c.R *= f }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

func describe(s NamedShape) string {
	kind := "other"
	switch s.(type) {
	case Circle, *Circle:
		kind = "round"
	case Rect, Square:
		kind = "boxy"
	}
	return fmt.Sprintf("%-14s %-6s area=%8.3f perim=%7.3f", s.Name(), kind, s.Area(), s.Perimeter())
}

func main() {
	c := &Circle{base{"wheel"}, 1.5}
	shapes := []NamedShape{
		Circle{base{"coin"}, 0.5},
		Rect{base{"door"}, 0.9, 2.1},
		NewSquare("tile", 0.3),
		Triangle{base{"sail"}, 3, 4, 5},
		c,
	}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Print(s.Name(), " ")
	}
	fmt.Printf("\ntotal area %.4f\n", total)

	scalable := 0
	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(2)
			scalable++
		}
	}
	fmt.Println("scalable:", scalable, "wheel radius now", c.R)
	sq := NewSquare("big", 2)
	sq.Scale(1.5)
	fmt.Println(sq.Name(), sq.Rect.Name(), sq.W, sq.Area(), sq.label)
	var sh Shape = sq
	_, isNamed := sh.(Named)
	fmt.Printf("%T named=%v\n", sh, isNamed)
}
