package main

import "fmt"

// Pointers: new, &x, &T{}, &s.f, &a[i], &slice[i], pointer comparison and
// nil, pointers passed to functions to modify the caller's variables.

type Counter struct {
	Name string
	N    int
}

func increment(p *int) { *p++ }

func swap(a, b *string) { *a, *b = *b, *a }

func main() {
	p := new(int)
	fmt.Println(*p, p != nil)
	*p = 41
	increment(p)
	fmt.Println(*p)

	x := 10
	q := &x
	*q += 5
	increment(&x)
	fmt.Println(x, *q, q == &x)

	s1, s2 := "left", "right"
	swap(&s1, &s2)
	fmt.Println(s1, s2)

	c := &Counter{Name: "hits"}
	c.N++
	nameP := &c.Name
	*nameP = "visits"
	fmt.Println(*c, c.N)

	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	sl := []int{7, 8, 9}
	f := &sl[2]
	*f = 90
	fmt.Println(sl)

	var np *Counter
	fmt.Println(np == nil, np)
	np = c
	np.N = 100
	fmt.Println(c.N)

	bp := new([2]bool)
	bp[1] = true
	fmt.Println(*bp, len(bp))
	sp := new(Counter)
	fmt.Println(*sp, sp.Name == "")
	spp := new([]string)
	*spp = append(*spp, "a")
	fmt.Println(*spp, len(*spp))

	// pointers to distinct variables differ, to the same one are equal
	a, b := 1, 1
	fmt.Println(&a == &b, &a == &a)
	counters := []*Counter{{Name: "a"}, {Name: "b"}}
	for _, ctr := range counters {
		ctr.N += 3
	}
	fmt.Println(*counters[0], *counters[1])
}
