package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type kv struct{ k, v int }

type byK []kv

func (b byK) Len() int           { return len(b) }
func (b byK) Less(i, j int) bool { return b[i].k < b[j].k }
func (b byK) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	r := rand.New(rand.NewSource(7))
	h := 0
	for iter := 0; iter < 70; iter++ {
		n := r.Intn(200)
		if iter%50 == 0 {
			n = 3000 + r.Intn(3000)
		}
		kmax := 1 + r.Intn(20)
		a := make([]kv, n)
		for i := range a {
			a[i] = kv{r.Intn(kmax), i}
		}
		b := append([]kv(nil), a...)
		c := append([]kv(nil), a...)
		d := append([]kv(nil), a...)
		sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
		sort.Sort(byK(b))
		sort.Stable(byK(c))
		sort.SliceStable(d, func(i, j int) bool { return d[i].k > d[j].k })
		for i := range a {
			h = h*31 + a[i].v + 7*b[i].v + 13*c[i].v + 17*d[i].v
			h &= 0xffffffff
		}
		if iter < 5 {
			fmt.Println(a[:min(10, n)], b[:min(10, n)])
		}
		ints := make([]int, n)
		for i := range ints {
			ints[i] = r.Intn(kmax * 3)
		}
		sort.Ints(ints)
		strs := make([]string, n%50)
		for i := range strs {
			strs[i] = fmt.Sprint(r.Intn(100))
		}
		sort.Sort(sort.Reverse(sort.StringSlice(strs)))
		if iter < 3 {
			fmt.Println(strs)
		}
	}
	fmt.Println("hash", h)
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}
