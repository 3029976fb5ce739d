// map_churn.go - collector benchmark: allocation-heavy map work. Each
// round builds a map[string]*Entry of N entries (string keys, a small
// struct and a 64-byte slice each), reads it back, deletes half and drops
// it; the previous round's map stays live until the next one is built.
// Usage: map_churn.go [N] [rounds]   (default 200000 and 10)
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Entry struct {
	id   int
	name string
	data []int
}

func arg(i, def int) int {
	if len(os.Args) > i {
		if v, err := strconv.Atoi(os.Args[i]); err == nil {
			return v
		}
	}
	return def
}

func main() {
	n := arg(1, 200000)
	rounds := arg(2, 10)
	var prev map[string]*Entry
	total := 0
	for r := 0; r < rounds; r++ {
		m := make(map[string]*Entry)
		for i := 0; i < n; i++ {
			k := "key-" + strconv.Itoa(i*7+r)
			m[k] = &Entry{id: i, name: k, data: make([]int, 8)}
		}
		sum := 0
		for i := 0; i < n; i += 3 {
			if e, ok := m["key-"+strconv.Itoa(i*7+r)]; ok {
				sum += e.id + len(e.name)
			}
		}
		for i := 0; i < n; i += 2 {
			delete(m, "key-"+strconv.Itoa(i*7+r))
		}
		if prev != nil {
			total += len(prev)
		}
		prev = m
		fmt.Printf("round %d: sum %d len %d\n", r, sum, len(m))
	}
	fmt.Println("total", total)
}
