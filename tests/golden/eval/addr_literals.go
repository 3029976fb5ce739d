package main

import (
	"fmt"
	"sort"
)

// &T{...} of a slice or map type is a pointer to a new variable holding
// the literal (not the literal's backing storage), so value methods reached
// through the pointer see the whole slice or map.

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

type set map[string]bool

func (s set) has(k string) bool { return s[k] }

type point struct{ x, y int }

func main() {
	p := &ints{5, 2, 9, 1}
	fmt.Println(p.Len(), p.Less(0, 1), *p)
	sort.Sort(p)
	fmt.Println(*p)
	*p = append(*p, 0)
	fmt.Println(len(*p), (*p)[4])

	m := &set{"a": true}
	(*m)["b"] = true
	fmt.Println(m.has("a"), m.has("b"), m.has("c"), len(*m))

	pts := []*point{{1, 2}, &point{3, 4}}
	q := &[]*point{pts[1]}
	(*q)[0].x = 30
	fmt.Println(*pts[0], *pts[1], len(*q))

	arr := &[3]int{7, 8, 9}
	arr[1] = 80
	fmt.Println(*arr, len(arr))
}
