// range_int uses `for i := range n` over integers, new in Go 1.22. Go 1.19,
// the oracle, rejects every such loop ("cannot range over n (variable of
// type int)", "cannot range over 5 (untyped int constant)"), and so does
// gosub: this program must not run.
package main

import (
	"fmt"
	"strings"
)

type Level uint8

func triangle(n int) string {
	var sb strings.Builder
	for row := range n {
		sb.WriteString(strings.Repeat(" ", n-row-1))
		for col := range row + 1 {
			if col > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteByte('*')
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func calls(log *[]string, n int) int {
	*log = append(*log, fmt.Sprint("evaluated n=", n))
	return n
}

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println("sum 0..100 =", sum)

	var lv Level = 4
	for l := range lv {
		fmt.Printf("%T(%d) ", l, l)
	}
	fmt.Println()
	for i := range int8(3) {
		fmt.Printf("%T:%v ", i, i)
	}
	fmt.Println()

	n := 0
	for range 7 {
		n += 3
	}
	fmt.Println("repeated:", n)

	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -3
	for i := range neg {
		fmt.Println("never either", i)
	}
	fmt.Println("empty loops done")

	var log []string
	count := 0
	for i := range calls(&log, 4) {
		count += i
	}
	fmt.Println(count, log)

	words := strings.Fields("alpha beta gamma delta epsilon")
	for i := range len(words) {
		if i%2 == 1 {
			continue
		}
		if i == 4 {
			break
		}
		fmt.Println(i, words[i])
	}
	fmt.Print(triangle(4))

	grid := [3][4]int{}
	for r := range len(grid) {
		for c := range len(grid[r]) {
			grid[r][c] = r*10 + c
		}
	}
	fmt.Println(grid)
	i := 100
	for i := range 2 {
		i += 10
		fmt.Print(i, " ")
	}
	fmt.Println(i)
	var last int
	for last = range 6 {
	}
	fmt.Println("last:", last)
}
