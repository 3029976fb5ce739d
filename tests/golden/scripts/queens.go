// queens solves N-queens by backtracking, counts solutions for N=1..9,
// prints the first solution board for N=8, and enumerates permutations and
// the Towers of Hanoi moves with recursive closures.
package main

import (
	"fmt"
	"strings"
)

func solve(n int, all bool) (count int, first []int) {
	cols := make([]bool, n)
	diag1 := make([]bool, 2*n)
	diag2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(row int) bool
	place = func(row int) bool {
		if row == n {
			count++
			if first == nil {
				first = append([]int(nil), pos...)
			}
			return !all
		}
		for c := 0; c < n; c++ {
			if cols[c] || diag1[row+c] || diag2[row-c+n] {
				continue
			}
			cols[c], diag1[row+c], diag2[row-c+n] = true, true, true
			pos[row] = c
			if place(row + 1) {
				return true
			}
			cols[c], diag1[row+c], diag2[row-c+n] = false, false, false
		}
		return false
	}
	place(0)
	return
}

func board(pos []int) string {
	var sb strings.Builder
	for _, c := range pos {
		sb.WriteString(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", len(pos)-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func permutations(xs []string) [][]string {
	if len(xs) <= 1 {
		return [][]string{append([]string(nil), xs...)}
	}
	var out [][]string
	for i := range xs {
		rest := append(append([]string(nil), xs[:i]...), xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]string{xs[i]}, p...))
		}
	}
	return out
}

func hanoi(n int, from, to, via string, move func(int, string, string)) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, move)
	move(n, from, to)
	hanoi(n-1, via, to, from, move)
}

func main() {
	for n := 1; n <= 9; n++ {
		c, _ := solve(n, true)
		fmt.Printf("N=%d: %d solutions\n", n, c)
	}
	_, first := solve(8, false)
	fmt.Println("first 8-queens solution:", first)
	fmt.Print(board(first))
	for _, p := range permutations([]string{"a", "b", "c"}) {
		fmt.Print(strings.Join(p, ""), " ")
	}
	fmt.Println(len(permutations(strings.Split("wxyz", ""))))
	moves := 0
	hanoi(3, "A", "C", "B", func(disk int, from, to string) {
		moves++
		fmt.Printf("%d:%s->%s ", disk, from, to)
	})
	fmt.Println()
	total := 0
	hanoi(10, "A", "C", "B", func(int, string, string) { total++ })
	fmt.Println("moves:", moves, total)
}
