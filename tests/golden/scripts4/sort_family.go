package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
	City string
}

type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type multi struct {
	ps   []Person
	less []func(a, b *Person) bool
}

func (m *multi) Len() int      { return len(m.ps) }
func (m *multi) Swap(i, j int) { m.ps[i], m.ps[j] = m.ps[j], m.ps[i] }
func (m *multi) Less(i, j int) bool {
	p, q := &m.ps[i], &m.ps[j]
	for _, l := range m.less[:len(m.less)-1] {
		switch {
		case l(p, q):
			return true
		case l(q, p):
			return false
		}
	}
	return m.less[len(m.less)-1](p, q)
}

func main() {
	people := []Person{{"Alice", 30, "Paris"}, {"Bob", 25, "Oslo"}, {"Carol", 35, "Paris"}, {"Dan", 25, "Rome"}, {"Eve", 30, "Oslo"}, {"Fay", 25, "Paris"}, {"Gus", 40, "Rome"}, {"Hal", 30, "Rome"}}
	p1 := append([]Person(nil), people...)
	sort.SliceStable(p1, func(i, j int) bool { return p1[i].Age < p1[j].Age })
	fmt.Println(p1)
	p2 := append([]Person(nil), people...)
	sort.Stable(sort.Reverse(byAge(p2)))
	fmt.Println(p2)
	p3 := append([]Person(nil), people...)
	sort.Sort(&multi{p3, []func(a, b *Person) bool{
		func(a, b *Person) bool { return a.City < b.City },
		func(a, b *Person) bool { return a.Age > b.Age },
		func(a, b *Person) bool { return a.Name < b.Name },
	}})
	fmt.Println(p3)
	fmt.Println(sort.IsSorted(byAge(p1)), sort.SliceIsSorted(p3, func(i, j int) bool { return p3[i].City < p3[j].City }), sort.IsSorted(byAge(people)))
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Slice(big, func(i, j int) bool { return big[i] > big[j] })
	fmt.Println(big[:10], big[190:])
	ints := []int{5, 2, 8, -1, 0, 8, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100), sort.IntsAreSorted(ints))
	fl := []float64{2.5, -1, 3.75, 0, 1e10}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 1), sort.Float64sAreSorted(fl))
	ss := strings.Fields("pear apple fig banana cherry apple")
	sort.Strings(ss)
	fmt.Println(ss, sort.SearchStrings(ss, "cherry"), sort.StringsAreSorted(ss))
	sort.Sort(sort.Reverse(sort.StringSlice(ss)))
	fmt.Println(ss)
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Search(2), is.Len())
	fs := sort.Float64Slice{3, 1, 2}
	sort.Stable(fs)
	fmt.Println(fs, fs.Search(2.5))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	i, found := sort.Find(len(ss), func(i int) int { return strings.Compare("fig", ss[i]) * -1 })
	fmt.Println(i, found)
	guess := 0
	lo := sort.Search(1000, func(n int) bool { guess++; return n >= 617 })
	fmt.Println(lo, guess)
}
