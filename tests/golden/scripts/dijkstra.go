// dijkstra finds shortest road distances between cities with Dijkstra's
// algorithm over a weighted directed graph, with a simple O(n^2) scan.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Edge struct {
	To     int
	Weight int
}

type Network struct {
	names []string
	index map[string]int
	edges [][]Edge
}

func (n *Network) id(name string) int {
	if i, ok := n.index[name]; ok {
		return i
	}
	n.index[name] = len(n.names)
	n.names = append(n.names, name)
	n.edges = append(n.edges, nil)
	return len(n.names) - 1
}

func Load(spec string) *Network {
	n := &Network{index: map[string]int{}}
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		f := strings.Fields(line)
		w, err := strconv.Atoi(f[2])
		if err != nil {
			panic(err)
		}
		a, b := n.id(f[0]), n.id(f[1])
		n.edges[a] = append(n.edges[a], Edge{b, w})
		n.edges[b] = append(n.edges[b], Edge{a, w})
	}
	return n
}

func (n *Network) Shortest(from string) ([]int, []int) {
	dist := make([]int, len(n.names))
	prev := make([]int, len(n.names))
	done := make([]bool, len(n.names))
	for i := range dist {
		dist[i] = math.MaxInt32
		prev[i] = -1
	}
	dist[n.index[from]] = 0
	for {
		u := -1
		for i := range dist {
			if !done[i] && dist[i] != math.MaxInt32 && (u < 0 || dist[i] < dist[u]) {
				u = i
			}
		}
		if u < 0 {
			break
		}
		done[u] = true
		for _, e := range n.edges[u] {
			if d := dist[u] + e.Weight; d < dist[e.To] {
				dist[e.To] = d
				prev[e.To] = u
			}
		}
	}
	return dist, prev
}

func (n *Network) Path(prev []int, to int) string {
	var parts []string
	for v := to; v >= 0; v = prev[v] {
		parts = append([]string{n.names[v]}, parts...)
	}
	return strings.Join(parts, " -> ")
}

const roads = `
Amsterdam Utrecht 45
Amsterdam Haarlem 20
Haarlem Leiden 30
Leiden Hague 20
Utrecht Hague 65
Utrecht Arnhem 65
Hague Rotterdam 25
Rotterdam Utrecht 60
Rotterdam Breda 50
Breda Eindhoven 60
Arnhem Eindhoven 85
Groningen Assen 30
`

func main() {
	net := Load(roads)
	dist, prev := net.Shortest("Amsterdam")
	for i, name := range net.names {
		if dist[i] == math.MaxInt32 {
			fmt.Printf("%-10s unreachable\n", name)
			continue
		}
		fmt.Printf("%-10s %4d km  %s\n", name, dist[i], net.Path(prev, i))
	}
	d2, _ := net.Shortest("Eindhoven")
	fmt.Println("Eindhoven->Haarlem:", d2[net.index["Haarlem"]])
}
