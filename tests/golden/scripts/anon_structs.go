// anon_structs uses anonymous structs for table-driven tests and config,
// struct comparison, structs and arrays as map keys, and struct values
// copied by assignment.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Edge struct {
	From, To Point
}

func main() {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 0},
		{"one", "a", 1},
		{"spaces", "  a  b ", 2},
		{"wrong", "x y z", 2},
	}
	for _, tc := range tests {
		got := len(strings.Fields(tc.in))
		status := "ok"
		if got != tc.want {
			status = fmt.Sprintf("FAIL got %d want %d", got, tc.want)
		}
		fmt.Printf("%-7s %s\n", tc.name, status)
	}

	cfg := struct {
		Host string
		Port int
		TLS  struct{ Enabled bool }
	}{Host: "localhost", Port: 8443}
	cfg.TLS.Enabled = true
	fmt.Printf("%+v\n", cfg)

	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits, visits[Point{0, 0}], visits[Point{9, 9}])

	edges := map[Edge]string{}
	edges[Edge{Point{0, 0}, Point{1, 0}}] = "east"
	edges[Edge{From: Point{1, 0}, To: Point{1, 1}}] = "north"
	fmt.Println(edges[Edge{Point{0, 0}, Point{1, 0}}], len(edges))

	grid := map[[2]int]rune{{0, 0}: 'a', {2, 1}: 'b', {1, 2}: 'c'}
	keys := make([][2]int, 0, len(grid))
	for k := range grid {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		fmt.Printf("%v=%c ", k, grid[k])
	}
	fmt.Println()

	a := Point{1, 2}
	b := a
	b.X = 10
	fmt.Println(a, b, a == b, a == Point{1, 2}, a != b)
	pa, pb := &Point{1, 2}, &Point{1, 2}
	fmt.Println(pa == pb, *pa == *pb)

	anon1 := struct{ A, B int }{1, 2}
	anon2 := struct{ A, B int }{1, 2}
	fmt.Println(anon1 == anon2)
	type pair struct{ A, B int }
	var p pair = anon1 // identical underlying types: assignable
	fmt.Printf("%v %T %T\n", p, p, anon1)

	seen := map[struct {
		k string
		n int
	}]bool{}
	seen[struct {
		k string
		n int
	}{"a", 1}] = true
	fmt.Println(seen[struct {
		k string
		n int
	}{"a", 1}], seen[struct {
		k string
		n int
	}{"a", 2}])
	var iface1, iface2 interface{} = Point{3, 4}, Point{3, 4}
	fmt.Println(iface1 == iface2, iface1 == interface{}(Edge{}))
}
