package main

import "fmt"

// Labeled continue and break from nested range loops over slices, strings,
// arrays and (order-independent) maps, and labels on switch inside range.

func main() {
	words := []string{"go", "gopher", "c", "lua", "gosub"}
	letters := "aeiou"
word:
	for i, w := range words {
		for _, r := range w {
			for _, v := range letters {
				if r == v {
					fmt.Println(i, w, "first vowel", string(r))
					continue word
				}
			}
		}
		fmt.Println(i, w, "no vowel")
	}

	grid := [3][4]int{{1, 2, 3, 4}, {5, -6, 7, 8}, {9, 10, -11, 12}}
	sums := []int{}
row:
	for _, r := range grid {
		s := 0
		for _, v := range r {
			if v < 0 {
				sums = append(sums, -1)
				continue row
			}
			s += v
		}
		sums = append(sums, s)
	}
	fmt.Println(sums)

	m := map[string][]int{"a": {1, 2, 3}, "b": {4, 5}, "c": {6}}
	total := 0
	visited := 0
keys:
	for _, vs := range m {
		visited++
		for _, v := range vs {
			if v == 5 {
				continue keys
			}
			total += v
		}
	}
	fmt.Println(visited, total)

	n := 0
outer:
	for i := range [5]struct{}{} {
		for j := range "abcdef" {
			switch {
			case j > i:
				continue outer
			case i == 4:
				break outer
			}
			n += 10*i + j
		}
	}
	fmt.Println(n)

	// continue to an outer label skips the inner loop's remaining
	// iterations and the outer loop's remaining body
	trace := ""
a:
	for i := 0; i < 3; i++ {
		for _, c := range "xyz" {
			if c == 'y' && i == 1 {
				trace += "!"
				continue a
			}
			trace += string(c)
		}
		trace += "|"
	}
	fmt.Println(trace)
}
