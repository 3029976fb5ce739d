// life_torus runs Conway's Game of Life on a small torus (edges wrap),
// starting from a glider and a blinker, printing generations and stats.
package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	g := &Grid{w: w, h: h, cells: make([][]bool, h)}
	for i := range g.cells {
		g.cells[i] = make([]bool, w)
	}
	return g
}

func Parse(pic string) *Grid {
	lines := strings.Split(strings.Trim(pic, "\n"), "\n")
	g := NewGrid(len(lines[0]), len(lines))
	for y, l := range lines {
		for x, c := range l {
			g.cells[y][x] = c == '#'
		}
	}
	return g
}

func (g *Grid) Alive(x, y int) bool {
	x = (x%g.w + g.w) % g.w
	y = (y%g.h + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) Neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	next := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbours(x, y)
			next.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
		}
	}
	return next
}

func (g *Grid) Population() (p int) {
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

const start = `
.#........
..#.......
###.......
..........
..........
......###.
..........
..........
`

func main() {
	g := Parse(start)
	seen := map[string]int{}
	for gen := 0; gen <= 40; gen++ {
		key := g.String()
		if prev, ok := seen[key]; ok {
			fmt.Printf("generation %d repeats generation %d (period %d)\n", gen, prev, gen-prev)
			break
		}
		seen[key] = gen
		if gen < 3 || gen%10 == 0 {
			fmt.Printf("gen %d, population %d:\n%v", gen, g.Population(), g)
		}
		g = g.Step()
	}
	fmt.Print("final:\n", g)
}
