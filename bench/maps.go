// maps.go - benchmark: map insert, lookup, update and delete with int and
// string keys (hashing, growth, string building for keys).
// Usage: maps.go [n]   (default 1000000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	// int keys: insert, look up hits and misses, delete half
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	hits, sum := 0, 0
	for i := 0; i < 2*n; i++ {
		if v, ok := m[i*7/2]; ok {
			hits++
			sum += v
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	fmt.Println("int keys:", len(m), hits, sum)

	// string keys: word counts over generated words
	counts := make(map[string]int)
	for i := 0; i < n; i++ {
		key := "w" + strconv.Itoa(i%5003)
		counts[key]++
	}
	total := 0
	for i := 0; i < 5003; i++ {
		total += counts["w"+strconv.Itoa(i)] * (i%7 + 1)
	}
	fmt.Println("string keys:", len(counts), total)

	// update in place and iterate (order-independent checksum)
	for k := range m {
		m[k] += 3
	}
	check := 0
	for k, v := range m {
		check ^= k*31 + v
	}
	fmt.Println("checksum:", check)
}
