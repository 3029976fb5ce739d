// rpn_calc is a reverse-Polish calculator with a stack type, named
// operators in a map of funcs, variables, and errors for bad programs.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }

func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, ErrUnderflow
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

var ErrUnderflow = errors.New("stack underflow")

type binop func(a, b float64) (float64, error)

var ops = map[string]binop{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
	"^":   func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
	"max": func(a, b float64) (float64, error) { return math.Max(a, b), nil },
}

func eval(prog string, vars map[string]float64) (result float64, err error) {
	var st Stack
	for i, tok := range strings.Fields(prog) {
		if op, ok := ops[tok]; ok {
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err1 != nil || err2 != nil {
				return 0, fmt.Errorf("token %d %q: %w", i, tok, ErrUnderflow)
			}
			v, err := op(a, b)
			if err != nil {
				return 0, fmt.Errorf("token %d %q: %w", i, tok, err)
			}
			st.Push(v)
			continue
		}
		switch {
		case tok == "sqrt":
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(math.Sqrt(a))
		case tok == "dup":
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(a)
			st.Push(a)
		case strings.HasPrefix(tok, "="):
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			vars[tok[1:]] = a
		default:
			if v, ok := vars[tok]; ok {
				st.Push(v)
				continue
			}
			f, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("token %d: %w", i, err)
			}
			st.Push(f)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%d values left on stack: %v", len(st), st)
	}
	return st[0], nil
}

func main() {
	vars := map[string]float64{"pi": math.Pi}
	progs := []string{
		"3 4 + 2 *",
		"5 1 2 + 4 * + 3 -",
		"2 0.5 ^ dup *",
		"3 dup * 4 dup * + sqrt =hyp hyp",
		"hyp 2 /",
		"pi 2 ^ 6 /",
		"1 0 /",
		"1 +",
		"1 2 3",
		"2 x *",
		"-7 3 max 1e3 +",
		"",
	}
	for _, p := range progs {
		v, err := eval(p, vars)
		if err != nil {
			fmt.Printf("%-34q error: %v (underflow=%t)\n", p, err, errors.Is(err, ErrUnderflow))
			continue
		}
		fmt.Printf("%-34q = %.6g\n", p, v)
	}
	fmt.Println("vars:", vars)
}
