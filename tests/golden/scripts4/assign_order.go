package main

import (
	"fmt"
	"math/rand"
)

var trace []string

func key(s string) string { trace = append(trace, "key "+s); return s }
func val(v int) int        { trace = append(trace, fmt.Sprint("val ", v)); return v }
func idx(i int) int        { trace = append(trace, fmt.Sprint("idx ", i)); return i }

type P struct{ name string }

func main() {
	m := map[string]int{}
	m[key("a")] = val(1)
	names := make([]string, 3)
	names[idx(1)] = fmt.Sprint(val(2))
	ps := []*P{{}, {}}
	ps[idx(0)].name = key("n")
	fmt.Println(trace, m, names, *ps[0])

	i := 0
	next := func() string { i++; return fmt.Sprint("item", i) }
	arr := make([]string, 4)
	arr[i] = next()
	arr[i] = next()
	fmt.Printf("%q\n", arr)

	r := rand.New(rand.NewSource(1))
	rm := map[int]int{}
	for k := 0; k < 5; k++ {
		rm[r.Intn(100)] = r.Intn(100)
	}
	fmt.Println(rm)
	memo := map[int]int{}
	var fill func(n int) int
	fill = func(n int) int {
		if n == 0 {
			return 1
		}
		memo[n] += 10
		return fill(n - 1)
	}
	memo[3] += fill(3)
	counts := []int{0, 0, 0}
	j := 0
	bump := func() int { counts[j] += 100; j++; return 1 }
	counts[j] += bump()
	counts[idx(2)] += val(5)
	fmt.Println(memo, counts, j)
	trace = nil
	xs := []int{0, 0, 0, 0, 0}
	xs[idx(0)], xs[idx(1)] = val(1), val(2)
	k := 0
	inc := func() int { k++; return k }
	xs[k], xs[k+1] = inc(), inc()
	fmt.Println(trace, xs, k)
	var p *P
	q := &P{"q"}
	get := func() string { p = q; return "set" }
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil, q.name) }()
		p.name = get()
	}()
}
