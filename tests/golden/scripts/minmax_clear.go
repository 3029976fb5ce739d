// minmax_clear uses the min, max and clear builtins of Go 1.21.
//
// NOTE: Go 1.19 (our oracle) cannot run this program: the builtins are newer
// than it. minmax_clear.out was written by hand from the Go 1.21 semantics
// (min/max over ordered operands, NaN wins for floats, strings compare
// bytewise; clear deletes every map entry and zeroes every slice element
// without changing the length); minmax_clear.err is empty, .code is 0.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Reading struct {
	Sensor string
	Value  int
}

func clamp(x, lo, hi int) int {
	return max(lo, min(x, hi))
}

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(7), max(-1, -5))
	fmt.Println(min(2.5, 1), max(0.5, 1.25, -3))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"), min("", "a"))
	var a, b int8 = -128, 127
	fmt.Println(min(a, b), max(a, b))
	var u uint = 10
	fmt.Println(min(u, 3), max(u, 30))
	fmt.Println(min(1.0, math.NaN()), max(math.Inf(-1), 2), min(math.Inf(1), 1e308))
	for _, x := range []int{-5, 0, 7, 12, 100} {
		fmt.Print(clamp(x, 0, 10), " ")
	}
	fmt.Println()
	const c = max(3, 9, 4) * 2
	fmt.Println(c)

	readings := []Reading{{"t1", 21}, {"t2", 19}, {"t1", 25}, {"t3", 30}, {"t2", 17}, {"t1", 22}}
	lo, hi := map[string]int{}, map[string]int{}
	for _, r := range readings {
		if v, ok := lo[r.Sensor]; ok {
			lo[r.Sensor] = min(v, r.Value)
			hi[r.Sensor] = max(hi[r.Sensor], r.Value)
		} else {
			lo[r.Sensor], hi[r.Sensor] = r.Value, r.Value
		}
	}
	names := make([]string, 0, len(lo))
	for k := range lo {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %d..%d\n", n, lo[n], hi[n])
	}

	fmt.Println("before clear:", len(lo), lo)
	clear(lo)
	fmt.Println("after clear:", len(lo), lo)
	lo["t9"] = 1
	fmt.Println("reused:", lo)

	buf := []int{1, 2, 3, 4, 5}
	view := buf[1:3]
	clear(view)
	fmt.Println(buf, len(view), cap(view))
	words := strings.Fields("keep these words")
	clear(words[:2])
	fmt.Printf("%q %d\n", words, len(words))
	var nilMap map[string]bool
	clear(nilMap)
	var nilSlice []float64
	clear(nilSlice)
	fmt.Println(nilMap == nil, nilSlice == nil)
	ptrs := []*Reading{&readings[0], &readings[1]}
	clear(ptrs)
	fmt.Println(ptrs, readings[0])
}
