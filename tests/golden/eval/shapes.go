package main

import "fmt"

// The evaluator picks handlers by operand shape and type; each shape must
// keep Go's semantics: wrap-around of sized integers, sign extension,
// float32 rounding, evaluation order of parallel assignment.

type small struct {
	i8  int8
	u8  uint8
	i16 int16
	f32 float32
}

func main() {
	// sized integers wrap in op-assignments and stores
	var i8 int8 = 120
	for k := 0; k < 10; k++ {
		i8 += 3
	}
	u8s := []uint8{250, 251, 252}
	for k := range u8s {
		u8s[k] += 10
	}
	i8s := []int8{-1, -128, 127}
	sum := 0
	for _, v := range i8s {
		sum += int(v)
	}
	fmt.Println(i8, u8s, sum, i8s[1]-1)

	// struct fields of every small size through a pointer
	s := &small{}
	s.i8 = -5
	s.u8 = 255
	s.i16 = -300
	s.f32 = 1.0 / 3.0
	s.u8++
	s.i16 *= 200
	fmt.Println(s.i8, s.u8, s.i16, s.f32, *s)

	// []bool and []byte loads and stores
	flags := make([]bool, 8)
	for k := 0; k < 8; k += 3 {
		flags[k] = true
	}
	b := []byte("hello")
	b[0] = 'j'
	n := 0
	for k := range flags {
		if flags[k] {
			n++
		}
	}
	fmt.Println(flags, string(b), n)

	// parallel assignment: all right-hand sides first
	x, y := 1, 2
	x, y = y, x+y
	a := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	ps := []*int{&x, &y}
	ps[0], ps[1] = ps[1], ps[0]
	fmt.Println(x, y, a, *ps[0], *ps[1])

	// fused compares in if and for with every operator
	cnt := 0
	for k := 10; k > 0; k-- {
		if k >= 5 {
			cnt++
		}
		if k != 3 {
			cnt += 10
		}
		if k <= 2 {
			cnt += 100
		}
		if k == 7 {
			cnt += 1000
		}
	}
	for k := 0; k != 6; k += 2 {
		cnt++
	}
	fmt.Println(cnt)

	// float64 op-assign on fields and elements
	fs := []float64{1.5, 2.5}
	fs[1] *= 4
	fs[0] /= 3
	fs[0] -= 0.25
	fmt.Println(fs)

	// integer division and remainder by constants, negative operands
	q := -7
	fmt.Println(q/2, q%2, q/-1, q%-1, q%3)
}
