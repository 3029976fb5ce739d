// sudoku validates sudoku grids (rows, columns, boxes), reporting every
// conflict, and solves an easy puzzle by backtracking.
package main

import (
	"fmt"
	"strings"
)

type Board [9][9]int

func Parse(s string) (Board, error) {
	var b Board
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return b, fmt.Errorf("need 81 cells, got %d", len(s))
	}
	for i, c := range s {
		switch {
		case c == '.' || c == '0':
		case c >= '1' && c <= '9':
			b[i/9][i%9] = int(c - '0')
		default:
			return b, fmt.Errorf("bad cell %q at %d", c, i)
		}
	}
	return b, nil
}

func (b *Board) Conflicts() []string {
	var out []string
	check := func(kind string, idx int, cells [9]int) {
		var seen [10]bool
		for _, v := range cells {
			if v == 0 {
				continue
			}
			if seen[v] {
				out = append(out, fmt.Sprintf("%s %d has duplicate %d", kind, idx+1, v))
			}
			seen[v] = true
		}
	}
	for i := 0; i < 9; i++ {
		var row, col, box [9]int
		for j := 0; j < 9; j++ {
			row[j] = b[i][j]
			col[j] = b[j][i]
			box[j] = b[i/3*3+j/3][i%3*3+j%3]
		}
		check("row", i, row)
		check("col", i, col)
		check("box", i, box)
	}
	return out
}

func (b *Board) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if b[r][i] == v || b[i][c] == v || b[r/3*3+i/3][c/3*3+i%3] == v {
			return false
		}
	}
	return true
}

func (b *Board) Solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if b[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if b.ok(r, c, v) {
					b[r][c] = v
					if b.Solve() {
						return true
					}
					b[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r, row := range b {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return strings.ReplaceAll(sb.String(), " \n", "\n")
}

const puzzle = `
53..7.... 6..195... .98....6.
8...6...3 4..8.3..1 7...2...6
.6....28. ...419..5 ....8..79`

func main() {
	b, err := Parse(puzzle)
	fmt.Println("parse:", err, "conflicts:", len(b.Conflicts()))
	solved := b
	fmt.Println("solved:", solved.Solve(), "original untouched:", b[0][2] == 0)
	fmt.Print(solved)
	fmt.Println("conflicts after solve:", solved.Conflicts())

	bad := solved
	bad[0][0], bad[4][4] = bad[0][1], 1
	for _, c := range bad.Conflicts() {
		fmt.Println(" ", c)
	}
	_, err = Parse("12345")
	fmt.Println(err)
	_, err = Parse(strings.Repeat("1", 80) + "x")
	fmt.Println(err)
	fmt.Println(b == solved, solved == solved)
}
