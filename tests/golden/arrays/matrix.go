package main

import "fmt"

// Arrays of arrays: matrix multiplication, transpose, copying rows, and a
// small board game check.

type Matrix [3][3]int

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Matrix) Matrix {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func winner(b [3][3]byte) byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		p := b[l[0][0]][l[0][1]]
		if p != '.' && p == b[l[1][0]][l[1][1]] && p == b[l[2][0]][l[2][1]] {
			return p
		}
	}
	return '-'
}

func main() {
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(m, id) == m, mul(id, m) == m)
	fmt.Println(mul(m, m))
	t := transpose(m)
	fmt.Println(t, m)
	fmt.Println(transpose(t) == m)

	row := m[1]
	row[0] = -1
	fmt.Println(row, m[1])
	m[2] = [3]int{0, 0, 0}
	fmt.Println(m)

	board := [3][3]byte{
		{'X', 'O', '.'},
		{'O', 'X', '.'},
		{'.', 'O', 'X'},
	}
	fmt.Println(string(winner(board)))
	board[2][2] = '.'
	fmt.Println(string(winner(board)))
	for _, r := range board {
		fmt.Println(string(r[:]))
	}
	var cube [2][2][2]int
	cube[1][0][1] = 5
	fmt.Println(cube, len(cube[0]))
}
