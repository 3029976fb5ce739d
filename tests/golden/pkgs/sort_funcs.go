package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	people := []Person{}
	names := []string{"ann", "bob", "cid", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lea", "max", "ned", "oli", "pam", "quin", "ray", "sue", "tom", "uma", "vic", "wes", "xia", "yul", "zed"}
	for i, n := range names {
		people = append(people, Person{n, (i * 7) % 5})
	}
	p1 := append([]Person(nil), people...)
	sort.Slice(p1, func(i, j int) bool { return p1[i].Age < p1[j].Age })
	fmt.Println(p1)
	p2 := append([]Person(nil), people...)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].Age < p2[j].Age })
	fmt.Println(p2)
	p3 := append([]Person(nil), people...)
	sort.Sort(ByAge(p3))
	fmt.Println(p3)
	p4 := append([]Person(nil), people...)
	sort.Stable(sort.Reverse(ByAge(p4)))
	fmt.Println(p4)
	fmt.Println(sort.IsSorted(ByAge(p3)), sort.IsSorted(ByAge(people)))
	fmt.Println(sort.SliceIsSorted(p1, func(i, j int) bool { return p1[i].Age < p1[j].Age }))

	big := make([]int, 300)
	for i := range big {
		big[i] = (i * 7919) % 101
	}
	idx := make([]int, len(big))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return big[idx[i]]/10 < big[idx[j]]/10 })
	fmt.Println(idx[:40])
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	ss := sort.StringSlice{"pear", "apple", "fig"}
	ss.Sort()
	fmt.Println(ss, ss.Len(), ss.Search("fig"))
	fs := []float64{2.5, -1, 0, 3.25}
	sort.Float64s(fs)
	fmt.Println(fs, sort.SearchFloat64s(fs, 1))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i, sort.SearchInts([]int{1, 3, 5, 7}, 6))
	var data sort.Interface = ByAge(p3)
	fmt.Println(data.Len())
	r := sort.Reverse(sort.IntSlice(xs))
	fmt.Println(r.Len(), r.Less(0, 1))
	fmt.Printf("%T\n", r)
}
