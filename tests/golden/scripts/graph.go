// graph builds an undirected graph from an edge list and runs BFS
// (shortest hop paths), iterative and recursive DFS, connected components
// and a cycle check.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph(edges string) *Graph {
	g := &Graph{adj: map[string][]string{}}
	for _, e := range strings.Fields(edges) {
		ab := strings.Split(e, "-")
		g.adj[ab[0]] = append(g.adj[ab[0]], ab[1])
		g.adj[ab[1]] = append(g.adj[ab[1]], ab[0])
	}
	for _, ns := range g.adj {
		sort.Strings(ns)
	}
	return g
}

func (g *Graph) Nodes() []string {
	var out []string
	for n := range g.adj {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func (g *Graph) BFS(from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for n := to; n != ""; n = prev[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		for _, n := range g.adj[cur] {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}

func (g *Graph) DFS(start string, visit func(string)) {
	seen := map[string]bool{}
	var walk func(string)
	walk = func(n string) {
		if seen[n] {
			return
		}
		seen[n] = true
		visit(n)
		for _, m := range g.adj[n] {
			walk(m)
		}
	}
	walk(start)
}

func (g *Graph) DFSIter(start string) []string {
	var order []string
	seen := map[string]bool{}
	stack := []string{start}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		order = append(order, n)
		ns := g.adj[n]
		for i := len(ns) - 1; i >= 0; i-- {
			stack = append(stack, ns[i])
		}
	}
	return order
}

func (g *Graph) Components() [][]string {
	done := map[string]bool{}
	var comps [][]string
	for _, n := range g.Nodes() {
		if done[n] {
			continue
		}
		var c []string
		g.DFS(n, func(m string) { done[m] = true; c = append(c, m) })
		sort.Strings(c)
		comps = append(comps, c)
	}
	return comps
}

func (g *Graph) HasCycle() bool {
	seen := map[string]bool{}
	var visit func(n, parent string) bool
	visit = func(n, parent string) bool {
		seen[n] = true
		for _, m := range g.adj[n] {
			if m == parent {
				continue
			}
			if seen[m] || visit(m, n) {
				return true
			}
		}
		return false
	}
	for _, n := range g.Nodes() {
		if !seen[n] && visit(n, "") {
			return true
		}
	}
	return false
}

func main() {
	g := NewGraph("a-b a-c b-d c-d d-e e-f x-y y-z q-r")
	fmt.Println("nodes:", g.Nodes())
	fmt.Println("bfs a->f:", g.BFS("a", "f"))
	fmt.Println("bfs a->z:", g.BFS("a", "z"), g.BFS("a", "z") == nil)
	var rec []string
	g.DFS("a", func(n string) { rec = append(rec, n) })
	fmt.Println("dfs rec: ", strings.Join(rec, " "))
	fmt.Println("dfs iter:", strings.Join(g.DFSIter("a"), " "))
	for i, c := range g.Components() {
		fmt.Printf("component %d: %v\n", i, c)
	}
	fmt.Println("cycle:", g.HasCycle())
	tree := NewGraph("1-2 1-3 3-4 3-5")
	fmt.Println("tree cycle:", tree.HasCycle(), "path:", tree.BFS("2", "5"))
}
