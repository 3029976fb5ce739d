package main

import (
	"fmt"
	"math"
	"strconv"
)

// strconv.Itoa and FormatInt(v, 10): the small values Go returns without
// allocating (0..99), the edges around them, negatives and the extremes;
// results concatenated and compared as ordinary strings.

func main() {
	for _, v := range []int64{0, 1, 9, 10, 42, 99, 100, 101, 5002, -1, -9, -10, -99, -100, 123456789, math.MaxInt64, math.MinInt64} {
		fmt.Println(strconv.Itoa(int(v)), strconv.FormatInt(v, 10), strconv.FormatInt(v, 16), len(strconv.Itoa(int(v))))
	}
	s := strconv.Itoa(7) + strconv.Itoa(77)
	fmt.Println(s, s == "777", strconv.Itoa(5)[0] == '5')
	m := map[string]int{}
	for i := 0; i < 300; i++ {
		m[strconv.Itoa(i%150)]++
	}
	fmt.Println(len(m), m["0"], m["99"], m["149"], m["150"])
}
