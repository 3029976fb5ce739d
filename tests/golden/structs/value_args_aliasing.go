// Aggregate arguments and receivers passed by value: leaf methods that
// only read them get them without a copy (the evaluator's pure leaves),
// everything else must still see its own copy: method values, deferred
// calls, callees that write through a pointer to the original, results
// that are a parameter itself.
package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec    { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Dot(o Vec) int    { return v.X*o.X + v.Y*o.Y }
func (v Vec) Self() Vec        { return v }
func (v Vec) Swap() Vec        { return Vec{v.Y, v.X} }
func (v Vec) Sum(a [3]int) int { return v.X + a[0] + a[1] + a[2] }
func (v *Vec) Len2() int       { return v.X*v.X + v.Y*v.Y }

func (v Vec) Poke(p *Vec) int {
	p.X = 100
	return v.X
}

func add(a, b Vec) Vec { return Vec{a.X + b.X, a.Y + b.Y} }
func first(a Vec) Vec  { return a }

type Grid struct{ cells [2][2]int }

func (g Grid) At(i, j int) int { return g.cells[i][j] }

func main() {
	acc := Vec{1, 2}
	acc = acc.Add(acc)
	fmt.Println(acc, acc.Dot(acc))
	acc = acc.Swap()
	fmt.Println(acc)
	s := acc.Self()
	s.X = 99
	fmt.Println(acc, s)
	f := first(acc)
	f.Y = -1
	fmt.Println(acc, f)
	p := &acc
	fmt.Println(p.Add(Vec{1, 1}), p.Dot(*p), p.Len2())
	fmt.Println(acc.Poke(&acc), acc)
	bound := acc.Dot
	acc.X = 0
	fmt.Println(bound(Vec{1, 1}), acc.Dot(Vec{1, 1}))
	arr := [3]int{1, 2, 3}
	fmt.Println(acc.Sum(arr), add(acc, Vec{5, 5}))
	g := Grid{[2][2]int{{1, 2}, {3, 4}}}
	fmt.Println(g.At(1, 0), g.At(0, 1))
	vs := []Vec{{1, 2}, {3, 4}}
	fmt.Println(vs[0].Add(vs[1]), vs[1].Dot(vs[0]))
	m := map[string]Vec{"a": {7, 8}}
	fmt.Println(m["a"].Swap(), m["b"].Add(m["a"]))
	defer func(v Vec) { fmt.Println("deferred arg", v) }(acc)
	defer fmt.Println("deferred dot", acc.Dot(Vec{1, 1}))
	defer acc.Add(Vec{}).Swap()
	acc.Y = 1000
	var np *Vec
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(np.Dot(acc))
}
