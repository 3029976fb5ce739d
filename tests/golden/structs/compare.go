package main

import (
	"fmt"
	"math"
)

// Struct comparison: field by field, nested structs and arrays, strings,
// floats (NaN is never equal, -0 == +0), pointers by identity, structs as
// map keys, and blank fields.

type Point struct{ X, Y int }

type Box struct {
	Min, Max Point
	Tag      string
	Corners  [2]Point
}

type F struct {
	V float64
	W float32
}

type P struct {
	Name string
	Ref  *int
}

func main() {
	a := Box{Point{0, 0}, Point{2, 3}, "a", [2]Point{{1, 1}, {2, 2}}}
	b := a
	fmt.Println(a == b, a != b)
	b.Corners[1].Y = 5
	fmt.Println(a == b, a.Corners == b.Corners, a.Min == b.Min)
	b = a
	b.Tag = "a\x00"
	fmt.Println(a == b, len(b.Tag))

	nan := math.NaN()
	f1 := F{nan, 1}
	f2 := f1
	fmt.Println(f1 == f2, f1 != f2)
	z := F{0, 0}
	negz := F{math.Copysign(0, -1), float32(math.Copysign(0, -1))}
	fmt.Println(z == negz)

	x, y := 1, 1
	p1 := P{"p", &x}
	p2 := P{"p", &x}
	p3 := P{"p", &y}
	fmt.Println(p1 == p2, p1 == p3, P{} == P{"", nil})

	seen := map[Point]int{}
	for _, pt := range []Point{{1, 2}, {2, 1}, {1, 2}, {0, 0}, {1, 2}} {
		seen[pt]++
	}
	fmt.Println(len(seen), seen[Point{1, 2}], seen[Point{2, 1}], seen[Point{9, 9}])

	boxes := map[Box]string{a: "first"}
	c := a
	fmt.Println(boxes[c], len(boxes))
	c.Max.X++
	_, ok := boxes[c]
	fmt.Println(ok)

	type blanky struct {
		A int
		_ int
		B string
	}
	fmt.Println(blanky{A: 1, B: "x"} == blanky{A: 1, B: "x"})

	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == Point{1, 2}, Point(anon) == Point{1, 2})

	arr1 := [3]Point{{1, 2}, {3, 4}}
	arr2 := [3]Point{{1, 2}, {3, 4}, {}}
	fmt.Println(arr1 == arr2)
}
