// matrix implements a small dense matrix type with methods: multiply,
// transpose, identity, determinant by elimination and a String method.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(rows, cols int, vals ...float64) *Matrix {
	m := &Matrix{rows, cols, make([]float64, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			s := 0.0
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) T() *Matrix {
	r := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m *Matrix) Det() float64 {
	n := m.rows
	a := New(n, n, m.data...)
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a.At(r, c)) > math.Abs(a.At(p, c)) {
				p = r
			}
		}
		if a.At(p, c) == 0 {
			return 0
		}
		if p != c {
			for j := 0; j < n; j++ {
				x, y := a.At(p, j), a.At(c, j)
				a.Set(p, j, y)
				a.Set(c, j, x)
			}
			det = -det
		}
		det *= a.At(c, c)
		for r := c + 1; r < n; r++ {
			f := a.At(r, c) / a.At(c, c)
			for j := c; j < n; j++ {
				a.Set(r, j, a.At(r, j)-f*a.At(c, j))
			}
		}
	}
	return det
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%7.2f", m.At(i, j))
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Print("A =\n", a)
	fmt.Print("A^T =\n", a.T())
	p, err := a.Mul(b)
	fmt.Print("A*B =\n", p, "err: ", err, "\n")
	_, err = a.Mul(a)
	fmt.Println("A*A:", err, errors.Is(err, ErrShape))
	c := New(3, 3, 2, -1, 0, -1, 2, -1, 0, -1, 2)
	fmt.Printf("det(C) = %.3f\n", c.Det())
	fmt.Printf("det(I4) = %.1f\n", Identity(4).Det())
	fmt.Printf("det(singular) = %g\n", New(2, 2, 1, 2, 2, 4).Det())
	ci, _ := c.Mul(Identity(3))
	fmt.Print("C*I =\n", ci)
}
