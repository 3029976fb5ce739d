package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Keys that stress the map's hashing and probing: integer keys that agree
// in their low bits, packed pairs, negative and huge keys, 4-byte keys,
// strings of every length class and strings differing in one byte; maps
// that shrink to nothing and are refilled, tombstone churn, growth with
// pointer values while the collector runs, deleting the current key
// during range, `m[k] op= v` and NaN keys. Output is order-independent.

type point struct{ x, y int }

func checkInts(name string, keys []int64) {
	m := make(map[int64]int)
	for i, k := range keys {
		m[k] = i
	}
	bad := 0
	for i, k := range keys {
		if v, ok := m[k]; !ok || v != i {
			bad++
		}
		if _, ok := m[k^1]; ok && k&1 == 0 && !contains(keys, k^1) {
			bad++
		}
	}
	sum := int64(0)
	for k, v := range m {
		sum += k ^ int64(v)
	}
	fmt.Println(name, len(m), bad, sum)
}

func contains(keys []int64, k int64) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

func main() {
	var shifted, high, packed, negative, huge []int64
	for i := int64(0); i < 2000; i++ {
		shifted = append(shifted, i<<20)
		high = append(high, i<<40)
		packed = append(packed, (i%50)<<32|(i/50))
		negative = append(negative, -i*7)
		huge = append(huge, math.MaxInt64-i*1000003)
	}
	checkInts("shifted", shifted)
	checkInts("high", high)
	checkInts("packed", packed)
	checkInts("negative", negative)
	checkInts("huge", huge)

	// 4-byte keys, negative ones included
	m32 := map[int32]int{}
	for i := int32(-2000); i < 2000; i++ {
		m32[i*3] = int(i)
	}
	ok32 := 0
	for i := int32(-2000); i < 2000; i++ {
		if v, ok := m32[i*3]; ok && v == int(i) {
			ok32++
		}
		if _, ok := m32[i*3+1]; ok {
			ok32 -= 1000
		}
	}
	fmt.Println("int32", len(m32), ok32)
	mu := map[uint8]int{}
	for i := 0; i < 1000; i++ {
		mu[uint8(i)]++
	}
	fmt.Println("uint8", len(mu), mu[0], mu[255])

	// strings of every length from 0 to 40, and ones differing in one byte
	ms := map[string]int{}
	for n := 0; n <= 20; n++ {
		for c := 0; c < 26; c++ {
			ms[strings.Repeat("x", n)+string(rune('a'+c))+strings.Repeat("y", 20-n)] = n*26 + c
			ms[strings.Repeat(string(rune('a'+c)), n)] = n
		}
	}
	hit := 0
	for n := 0; n <= 20; n++ {
		for c := 0; c < 26; c++ {
			if ms[strings.Repeat("x", n)+string(rune('a'+c))+strings.Repeat("y", 20-n)] == n*26+c {
				hit++
			}
		}
	}
	_, emptyOK := ms[""]
	fmt.Println("strings", len(ms), hit, emptyOK, ms["aaaa"], ms["zzzzzzzzzzzzzzzzz"])

	// churn: a window of live keys slides; deleted keys stay absent
	q := map[string]int{}
	for i := 0; i < 1500; i++ {
		q["k"+strconv.Itoa(i)] = i
		if i >= 300 {
			delete(q, "k"+strconv.Itoa(i-300))
		}
	}
	present, absent := 0, 0
	for i := 0; i < 1500; i++ {
		if _, ok := q["k"+strconv.Itoa(i)]; ok {
			present++
		} else {
			absent++
		}
	}
	fmt.Println("churn", len(q), present, absent)

	// emptied and refilled
	e := map[int]int{}
	for round := 0; round < 3; round++ {
		for i := 0; i < 1000; i++ {
			e[i*round] += i
		}
		for k := range e {
			delete(e, k)
		}
		fmt.Print(len(e), " ")
		e[round] = round
	}
	fmt.Println(e)

	// growth with pointer values and struct keys while garbage is made
	pm := map[point]*[]string{}
	for i := 0; i < 1000; i++ {
		s := []string{strconv.Itoa(i), strings.Repeat("z", i%7)}
		pm[point{i % 211, i / 211}] = &s
	}
	total := 0
	for k, v := range pm {
		if (*v)[0] == strconv.Itoa(k.x+211*k.y) {
			total++
		}
	}
	fmt.Println("pointers", len(pm), total)

	// deleting the current key while ranging: every entry is seen once
	d := map[int]string{}
	for i := 0; i < 1500; i++ {
		d[i] = strconv.Itoa(i)
	}
	seen := 0
	for k, v := range d {
		if v != strconv.Itoa(k) {
			seen -= 100000
		}
		delete(d, k)
		seen++
	}
	fmt.Println("range-delete", seen, len(d))

	// read-modify-write through the index expression
	counts := map[string]int{}
	words := strings.Fields("a b a c b a d e a b")
	for _, w := range words {
		counts[w]++
		counts[w+w] += len(w)
		counts[w] *= 2
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()

	// NaN keys: each insertion is a new entry, none is found again
	f := map[float64]int{}
	for i := 0; i < 5; i++ {
		f[math.NaN()] = i
		f[0.0]++
		f[math.Copysign(0, -1)]++
	}
	_, nanOK := f[math.NaN()]
	fmt.Println("nan", len(f), nanOK, f[0])
	delete(f, math.NaN())
	fmt.Println(len(f))
}
