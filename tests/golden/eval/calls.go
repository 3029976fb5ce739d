package main

import (
	"errors"
	"fmt"
	"strings"
)

// Calls the evaluator takes different paths for: direct calls, closures,
// methods with value and pointer receivers, interface dispatch through a
// call-site cache seeing many types, method values, deferred built-ins.

type shape interface{ area() int }

type sq struct{ s int }
type rect struct{ w, h int }
type tri struct{ b, h int }
type circ struct{ r int }
type dot struct{}
type line struct{ n int }

func (s sq) area() int    { return s.s * s.s }
func (r *rect) area() int { return r.w * r.h }
func (t tri) area() int   { return t.b * t.h / 2 }
func (c *circ) area() int { return 3 * c.r * c.r }
func (dot) area() int     { return 0 }
func (l line) area() int  { return l.n }

type counter struct{ n int }

func (c counter) bumped() counter { c.n++; return c }
func (c *counter) bump()          { c.n++ }

type pair struct{ a, b int }

func swap(p pair) pair { p.a, p.b = p.b, p.a; return p }

func named() (x, y int) {
	x = 3
	return
}

func fail(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var a []int
	return errors.New(fmt.Sprint(a[n]))
}

func main() {
	shapes := []shape{sq{2}, &rect{2, 3}, tri{4, 5}, &circ{1}, dot{}, line{7}, sq{3}}
	total := 0
	for round := 0; round < 3; round++ {
		for _, s := range shapes {
			total += s.area()
		}
	}
	fmt.Println("areas:", total)

	c := counter{}
	inc := c.bumped // method value: the receiver is copied when it is made
	c.bump()
	fmt.Println(inc().n, inc().n, c.n)
	bump := c.bump
	bump()
	bump()
	fmt.Println(c.n)

	p := pair{1, 2}
	q := swap(p)
	fmt.Println(p, q, swap(swap(q)))

	fmt.Println(named())
	fmt.Println(fail(3))

	// deferred built-ins evaluate their arguments at the defer statement
	func() {
		x := 1
		defer println("deferred x =", x)
		x = 2
		_ = x
	}()

	adders := make([]func(int) int, 4)
	for i := range adders {
		d := i * 10
		adders[i] = func(v int) int { return v + d }
	}
	v := 0
	for i := 0; i < 8; i++ {
		v = adders[i%4](v)
	}
	up := strings.ToUpper
	fmt.Println(v, up("done"))
}
