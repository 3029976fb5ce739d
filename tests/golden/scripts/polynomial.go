// polynomial implements integer polynomials as a named slice type with
// methods: add, multiply, evaluate (Horner), derivative, and a String
// method printing them the way a math textbook would.
package main

import (
	"fmt"
	"strings"
)

// Poly holds coefficients, lowest degree first.
type Poly []int

func (p Poly) trim() Poly {
	for len(p) > 0 && p[len(p)-1] == 0 {
		p = p[:len(p)-1]
	}
	return p
}

func (p Poly) Degree() int { return len(p.trim()) - 1 }

func (p Poly) Add(q Poly) Poly {
	n := len(p)
	if len(q) > n {
		n = len(q)
	}
	r := make(Poly, n)
	for i := range r {
		if i < len(p) {
			r[i] += p[i]
		}
		if i < len(q) {
			r[i] += q[i]
		}
	}
	return r.trim()
}

func (p Poly) Mul(q Poly) Poly {
	if len(p) == 0 || len(q) == 0 {
		return nil
	}
	r := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			r[i+j] += a * b
		}
	}
	return r.trim()
}

func (p Poly) Eval(x int) int {
	v := 0
	for i := len(p) - 1; i >= 0; i-- {
		v = v*x + p[i]
	}
	return v
}

func (p Poly) Deriv() Poly {
	if len(p) <= 1 {
		return nil
	}
	r := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		r[i-1] = i * p[i]
	}
	return r.trim()
}

func (p Poly) String() string {
	p = p.trim()
	if len(p) == 0 {
		return "0"
	}
	var sb strings.Builder
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		switch {
		case sb.Len() == 0 && c < 0:
			sb.WriteString("-")
		case sb.Len() > 0 && c < 0:
			sb.WriteString(" - ")
		case sb.Len() > 0:
			sb.WriteString(" + ")
		}
		if c < 0 {
			c = -c
		}
		if c != 1 || i == 0 {
			fmt.Fprint(&sb, c)
		}
		switch {
		case i == 1:
			sb.WriteString("x")
		case i > 1:
			fmt.Fprintf(&sb, "x^%d", i)
		}
	}
	return sb.String()
}

func main() {
	p := Poly{-1, 0, 3}   // 3x^2 - 1
	q := Poly{2, -1}      // -x + 2
	r := Poly{0, 0, 0, 1} // x^3
	fmt.Println("p =", p, " q =", q, " r =", r)
	fmt.Println("p+q =", p.Add(q))
	fmt.Println("p*q =", p.Mul(q))
	fmt.Println("(x+1)^5 =", func() Poly {
		acc := Poly{1}
		for i := 0; i < 5; i++ {
			acc = acc.Mul(Poly{1, 1})
		}
		return acc
	}())
	fmt.Println("p' =", p.Deriv(), " r'' =", r.Deriv().Deriv(), " q'' =", q.Deriv().Deriv())
	fmt.Println("p + (-p) =", p.Add(Poly{1, 0, -3}), "degree", p.Add(Poly{1, 0, -3}).Degree())
	for x := -2; x <= 2; x++ {
		fmt.Printf("x=%2d  p=%3d  q=%3d  p*q=%4d\n", x, p.Eval(x), q.Eval(x), p.Mul(q).Eval(x))
	}
	fmt.Printf("%v %d %s\n", Poly{5}, Poly{1, 2}, Poly{0, -1, 0, -1})
}
