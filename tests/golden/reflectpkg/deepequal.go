package main

import (
	"errors"
	"fmt"
	"math"
	"reflect"
)

type Node struct {
	V    int
	Next *Node
}

type S struct {
	A []int
	M map[string]any
	f func()
}

type Celsius float64

func main() {
	nan := math.NaN()
	a1 := &Node{V: 1}
	a1.Next = a1
	b1 := &Node{V: 1}
	b1.Next = b1
	c1 := &Node{V: 2}
	c1.Next = c1
	sa := []any{1}
	sa[0] = sa
	sb := []any{1}
	sb[0] = sb
	m1 := map[string]any{}
	m1["self"] = m1
	m2 := map[string]any{}
	m2["self"] = m2
	fn := func() {}
	e1 := errors.New("x")
	cases := []struct {
		name string
		x, y any
	}{
		{"ints", 1, 1},
		{"int vs int64", 1, int64(1)},
		{"named", Celsius(1), 1.0},
		{"strings", "a", "a"},
		{"nil nil", nil, nil},
		{"nil vs 0", nil, 0},
		{"nan", nan, nan},
		{"nan slice", []float64{nan}, []float64{nan}},
		{"same nan slice", func() []float64 { s := []float64{nan}; return s }(), nil},
		{"slices", []int{1, 2}, []int{1, 2}},
		{"slices differ", []int{1, 2}, []int{1, 3}},
		{"nil vs empty slice", []int(nil), []int{}},
		{"nil slices", []int(nil), []int(nil)},
		{"bytes", []byte("abc"), []byte("abc")},
		{"maps", map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}},
		{"maps differ", map[string]int{"a": 1}, map[string]int{"a": 2}},
		{"nil vs empty map", map[string]int(nil), map[string]int{}},
		{"nan key", map[float64]int{nan: 1}, map[float64]int{nan: 1}},
		{"arrays", [2]string{"a", "b"}, [2]string{"a", "b"}},
		{"structs", S{A: []int{1}, M: map[string]any{"k": []string{"v"}}}, S{A: []int{1}, M: map[string]any{"k": []string{"v"}}}},
		{"struct funcs", S{f: fn}, S{f: fn}},
		{"nil funcs", S{}, S{}},
		{"func", fn, fn},
		{"pointers", &Node{V: 1}, &Node{V: 1}},
		{"cycle", a1, b1},
		{"cycle differ", a1, c1},
		{"slice cycle", sa, sb},
		{"map cycle", m1, m2},
		{"errors", e1, e1},
		{"errors new", errors.New("x"), errors.New("x")},
		{"iface slices", []any{1, "a", nil}, []any{1, "a", nil}},
		{"iface slices differ", []any{1, "a"}, []any{1, int8(1)}},
		{"chan", make(chan int), make(chan int)},
	}
	for _, c := range cases {
		fmt.Printf("%-20s %v\n", c.name, reflect.DeepEqual(c.x, c.y))
	}
	s := []float64{nan}
	fmt.Println("self nan slice", reflect.DeepEqual(s, s))
	m := map[string]float64{"a": nan}
	fmt.Println("self nan map", reflect.DeepEqual(m, m))
	fmt.Println("nan ptr", reflect.DeepEqual(&nan, &nan))
}
