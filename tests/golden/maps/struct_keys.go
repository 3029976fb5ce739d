package main

import "fmt"

// Struct and array keys, maps of slices, maps of structs (replace the whole
// value to update), and grouping into sorted output without package sort.

type Point struct {
	X, Y int
}

type Edge struct {
	From, To string
}

type Account struct {
	Owner   string
	Balance int
}

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits[Point{0, 0}], visits[Point{1, 1}], visits[Point{5, 5}], len(visits))
	fmt.Println(visits)

	graph := map[string][]string{}
	edges := []Edge{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	weight := map[Edge]int{}
	for i, e := range edges {
		graph[e.From] = append(graph[e.From], e.To)
		weight[e] = i + 1
	}
	fmt.Println(graph, len(graph["zzz"]))
	fmt.Println(weight[Edge{"b", "c"}], weight[Edge{"c", "b"}])

	accounts := map[string]Account{}
	accounts["ann"] = Account{"ann", 100}
	acc := accounts["ann"]
	acc.Balance += 50 // a copy
	fmt.Println(accounts["ann"].Balance, acc.Balance)
	accounts["ann"] = acc
	fmt.Println(accounts["ann"].Balance, accounts["nobody"].Owner == "")

	ptrs := map[string]*Account{"bob": {Owner: "bob"}}
	ptrs["bob"].Balance += 7 // through the pointer
	fmt.Println(*ptrs["bob"])

	// a sorted key listing without the sort package
	byLen := map[int][]string{}
	for _, w := range []string{"go", "sub", "map", "a", "zz", "tree"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for n := 1; n <= 4; n++ {
		if ws, ok := byLen[n]; ok {
			fmt.Println(n, ws)
		}
	}
	type key struct {
		name string
		year int
	}
	m := map[key]bool{{"x", 2020}: true}
	fmt.Println(m[key{"x", 2020}], m[key{"x", 2021}])
}
