// histogram buckets embedded exam scores, prints a horizontal and a
// vertical bar chart, and summary statistics (mean, median, stddev, mode).
package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

const scores = `72 85 91 64 58 77 88 95 100 43 67 79 82 85 90 71 69 85 77 54
61 73 88 92 79 85 66 70 81 99 38 75 84 85 62`

type Stats struct {
	N                    int
	Mean, Median, StdDev float64
	Mode, Min, Max       int
}

func compute(xs []int) Stats {
	s := append([]int(nil), xs...)
	sort.Ints(s)
	st := Stats{N: len(s), Min: s[0], Max: s[len(s)-1]}
	sum := 0
	freq := map[int]int{}
	for _, x := range s {
		sum += x
		freq[x]++
		if freq[x] > freq[st.Mode] || (freq[x] == freq[st.Mode] && x < st.Mode) {
			st.Mode = x
		}
	}
	st.Mean = float64(sum) / float64(len(s))
	if len(s)%2 == 1 {
		st.Median = float64(s[len(s)/2])
	} else {
		st.Median = float64(s[len(s)/2-1]+s[len(s)/2]) / 2
	}
	for _, x := range s {
		d := float64(x) - st.Mean
		st.StdDev += d * d
	}
	st.StdDev = math.Sqrt(st.StdDev / float64(len(s)))
	return st
}

func main() {
	var xs []int
	for _, f := range strings.Fields(scores) {
		n, err := strconv.Atoi(f)
		if err != nil {
			panic(err)
		}
		xs = append(xs, n)
	}
	buckets := make([]int, 7) // <50, 50s, 60s, 70s, 80s, 90s, 100
	labels := []string{"<50", "50-59", "60-69", "70-79", "80-89", "90-99", "100"}
	for _, x := range xs {
		b := x/10 - 4
		if b < 0 {
			b = 0
		}
		buckets[b]++
	}
	maxCount := 0
	for i, c := range buckets {
		fmt.Printf("%5s | %-12s %d\n", labels[i], strings.Repeat("█", c), c)
		if c > maxCount {
			maxCount = c
		}
	}
	fmt.Println()
	for row := maxCount; row >= 1; row-- {
		var sb strings.Builder
		fmt.Fprintf(&sb, "%2d |", row)
		for _, c := range buckets {
			if c >= row {
				sb.WriteString("  #   ")
			} else {
				sb.WriteString("      ")
			}
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}
	fmt.Println("   +" + strings.Repeat("-", 6*len(buckets)))
	fmt.Print("    ")
	for _, l := range labels {
		fmt.Printf("%-6s", l)
	}
	fmt.Println()
	st := compute(xs)
	fmt.Printf("%+v\n", st)
	fmt.Printf("n=%d mean=%.2f median=%.1f sd=%.3f mode=%d range=%d..%d\n",
		st.N, st.Mean, st.Median, st.StdDev, st.Mode, st.Min, st.Max)
	passed := 0
	for _, x := range xs {
		if x >= 60 {
			passed++
		}
	}
	fmt.Printf("pass rate %.1f%% (%d/%d)\n", 100*float64(passed)/float64(len(xs)), passed, len(xs))
}
