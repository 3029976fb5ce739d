package main

import (
	"fmt"
	"sort"
)

// A generic graph Graph[N comparable] with BFS shortest paths, used with
// string nodes, int nodes and struct nodes (grid cells).

type Graph[N comparable] struct {
	adj map[N][]N
}

func NewGraph[N comparable]() *Graph[N] { return &Graph[N]{adj: make(map[N][]N)} }

func (g *Graph[N]) AddEdge(a, b N) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[N]) BFS(start N) map[N]int {
	dist := map[N]int{start: 0}
	queue := []N{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range g.adj[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
	return dist
}

func (g *Graph[N]) Path(from, to N) []N {
	prev := map[N]N{}
	seen := map[N]bool{from: true}
	queue := []N{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == to {
			var p []N
			for c := to; c != from; c = prev[c] {
				p = append([]N{c}, p...)
			}
			return append([]N{from}, p...)
		}
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	return nil
}

type cell struct{ r, c int }

func main() {
	g := NewGraph[string]()
	for _, e := range [][2]string{{"a", "b"}, {"b", "c"}, {"a", "d"}, {"d", "e"}, {"e", "c"}, {"c", "f"}} {
		g.AddEdge(e[0], e[1])
	}
	d := g.BFS("a")
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", d[k], " ")
	}
	fmt.Println()
	fmt.Println(g.Path("a", "f"), g.Path("f", "d"))

	gi := NewGraph[int]()
	for i := 0; i < 10; i++ {
		gi.AddEdge(i, (i*3+1)%10)
	}
	fmt.Println(gi.Path(0, 9), gi.Path(0, 0), len(gi.BFS(5)))

	grid := []string{
		"..#.",
		".##.",
		"....",
	}
	gc := NewGraph[cell]()
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] == '#' {
				continue
			}
			if r+1 < len(grid) && grid[r+1][c] != '#' {
				gc.AddEdge(cell{r, c}, cell{r + 1, c})
			}
			if c+1 < len(grid[r]) && grid[r][c+1] != '#' {
				gc.AddEdge(cell{r, c}, cell{r, c + 1})
			}
		}
	}
	fmt.Println(gc.Path(cell{0, 0}, cell{0, 3}))
	fmt.Printf("%v %+v\n", gc.BFS(cell{0, 0})[cell{0, 3}], gc.Path(cell{0, 3}, cell{1, 3}))
	fmt.Println(gc.Path(cell{0, 0}, cell{9, 9}) == nil)
}
