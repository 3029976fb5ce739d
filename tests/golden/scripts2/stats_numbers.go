// stats_numbers.go - summary statistics over measurements read from text:
// mean, median, standard deviation, percentiles, a histogram.
package main

import (
	"bufio"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

const input = `12.5 13.1 9.8 15.2 11.0
14.7 10.3 NaN 12.9 13.3 8.4
n/a 16.8 12.2 11.9 -3 10.0 1e2`

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	rank := p / 100 * float64(len(sorted)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	return sorted[lo] + (sorted[hi]-sorted[lo])*(rank-float64(lo))
}

func main() {
	var xs []float64
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		v, err := strconv.ParseFloat(sc.Text(), 64)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		if math.IsNaN(v) || v < 0 {
			fmt.Println("skip value:", v)
			continue
		}
		xs = append(xs, v)
	}
	sort.Float64s(xs)
	// drop the outlier above 3 standard deviations
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	mean := sum / float64(len(xs))
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	sd := math.Sqrt(ss / float64(len(xs)-1))
	fmt.Printf("n=%d mean=%.3f sd=%.3f min=%g max=%g\n", len(xs), mean, sd, xs[0], xs[len(xs)-1])
	kept := xs[:0:0]
	for _, x := range xs {
		if math.Abs(x-mean) <= 3*sd {
			kept = append(kept, x)
		} else {
			fmt.Printf("outlier %v (z=%.2f)\n", x, (x-mean)/sd)
		}
	}
	xs = kept
	sum = 0
	for _, x := range xs {
		sum += x
	}
	mean = sum / float64(len(xs))
	fmt.Printf("n=%d mean=%8.3f median=%8.3f\n", len(xs), mean, percentile(xs, 50))
	for _, p := range []float64{10, 25, 75, 90, 99} {
		fmt.Printf("p%-3v %7.3f\n", p, percentile(xs, p))
	}
	buckets := map[int]int{}
	for _, x := range xs {
		buckets[int(x)/2*2]++
	}
	for b := 8; b <= 16; b += 2 {
		fmt.Printf("%2d-%2d | %s\n", b, b+1, strings.Repeat("#", buckets[b]))
	}
	fmt.Println(math.Round(mean*100)/100, math.Trunc(-2.7), math.Mod(7, -3), math.Hypot(3, 4), math.Inf(1), -math.MaxFloat64)
	fmt.Println(strconv.FormatFloat(mean, 'e', 4, 64), strconv.FormatFloat(mean, 'g', -1, 32), math.Float64bits(1.5))
}
