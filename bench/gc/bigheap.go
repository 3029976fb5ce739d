// bigheap.go - collector benchmark: a heap of more than a gigabyte. A
// long-lived table of N records (a map from id to record plus a slice
// index; each record has a 1000-byte buffer and a name: about 1.1 KB per
// record, ~1.1 GB for a million) is kept while requests replace records
// at random (each replaced record is garbage) and look others up.
// Usage: bigheap.go [N] [requests]   (default 1000000 and 3000000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Record struct {
	id   int
	name string
	buf  []byte
}

func arg(i, def int) int {
	if len(os.Args) > i {
		if v, err := strconv.Atoi(os.Args[i]); err == nil {
			return v
		}
	}
	return def
}

func newRecord(id int) *Record {
	r := &Record{id: id, name: "rec-" + strconv.Itoa(id), buf: make([]byte, 1000)}
	r.buf[id%1000] = byte(id)
	return r
}

func main() {
	n := arg(1, 1000000)
	reqs := arg(2, 3000000)
	table := make(map[int]*Record, n)
	index := make([]*Record, n)
	for i := 0; i < n; i++ {
		r := newRecord(i)
		table[i] = r
		index[i] = r
	}
	seed := uint32(2463534242)
	sum := 0
	for q := 0; q < reqs; q++ {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		k := int(seed % uint32(n))
		r := index[k]
		sum += int(r.buf[k%1000]) + len(r.name)
		if q%3 != 0 {
			nr := newRecord(k)
			table[k] = nr
			index[k] = nr
		} else if p := table[(k+7)%n]; p.id != (k+7)%n {
			sum = -1
		}
	}
	check := 0
	for i := 0; i < n; i++ {
		if table[i] != index[i] || table[i].id != i {
			check++
		}
	}
	fmt.Println("records:", len(table), "sum:", sum, "mismatches:", check)
}
