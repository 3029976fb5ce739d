// expr_eval tokenizes arithmetic expressions, parses them by recursive
// descent into an AST of interface values, and evaluates and prints them.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}
type Neg struct{ X Node }

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %q", string(v))
	}
	return x, nil
}
func (v Var) String() string { return string(v) }

var errDivZero = errors.New("division by zero")

func (b *BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	var r float64
	if err == nil {
		r, err = b.R.Eval(env)
	}
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, errDivZero
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad operator %c", b.Op)
}
func (b *BinOp) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (n *Neg) Eval(env map[string]float64) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n *Neg) String() string { return "-" + n.X.String() }

type parser struct {
	toks []string
	pos  int
}

var spaceOps = strings.NewReplacer("+", " + ", "-", " - ", "*", " * ", "/", " / ", "(", " ( ", ")", " ) ")

func tokenize(s string) []string { return strings.Fields(spaceOps.Replace(s)) }

func (p *parser) peek() (t string) {
	if p.pos < len(p.toks) {
		t = p.toks[p.pos]
	}
	return
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

// binary parses a left-associative chain of the operators in ops.
func (p *parser) binary(ops string, operand func() (Node, error)) (Node, error) {
	l, err := operand()
	for err == nil && p.peek() != "" && strings.Contains(ops, p.peek()) {
		op := p.next()[0]
		var r Node
		r, err = operand()
		l = &BinOp{op, l, r}
	}
	return l, err
}

func (p *parser) expr() (Node, error) { return p.binary("+-", p.term) }
func (p *parser) term() (Node, error) { return p.binary("*/", p.factor) }

func (p *parser) factor() (Node, error) {
	t := p.next()
	switch {
	case t == "":
		return nil, errors.New("unexpected end of input")
	case t == "-":
		x, err := p.factor()
		return &Neg{x}, err
	case t == "(":
		x, err := p.expr()
		if err == nil && p.next() != ")" {
			err = errors.New("missing )")
		}
		return x, err
	case t[0] >= '0' && t[0] <= '9':
		f, err := strconv.ParseFloat(t, 64)
		return Num(f), err
	}
	return Var(t), nil
}

func main() {
	env := map[string]float64{"x": 3, "pi": 3.14159}
	for _, in := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-x * -(x - 1)", "2 * pi * x",
		"10 / (x - 3)", "y + 1", "4 / 8 / 2", "(1 + 2", "1.5e3 - 12", "3 +", "1x + 2"} {
		p := &parser{toks: tokenize(in)}
		n, err := p.expr()
		if err == nil && p.pos < len(p.toks) {
			err = fmt.Errorf("trailing %q", p.peek())
		}
		if err != nil {
			fmt.Printf("%-16s parse error: %v\n", in, err)
			continue
		}
		v, err := n.Eval(env)
		if err != nil {
			fmt.Printf("%-16s %s => error: %v (div0=%t)\n", in, n, err, errors.Is(err, errDivZero))
			continue
		}
		fmt.Printf("%-16s %s => %.4g\n", in, n, v)
	}
}
