// sort_records.go - sorting employee records several ways: multi-key
// sort.Slice, stable sorting, sort.Interface with Reverse, binary search.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Emp struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type bySalary []Emp

func (s bySalary) Len() int           { return len(s) }
func (s bySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s bySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func show(title string, es []Emp) {
	var parts []string
	for _, e := range es {
		parts = append(parts, fmt.Sprintf("%s(%s,%d,%d)", e.Name, e.Dept, e.Salary, e.Age))
	}
	fmt.Printf("%-14s %s\n", title+":", strings.Join(parts, " "))
}

func main() {
	es := []Emp{
		{"ann", "eng", 120, 34}, {"bob", "ops", 90, 45}, {"cy", "eng", 120, 29},
		{"dee", "sales", 70, 38}, {"eve", "ops", 95, 29}, {"fay", "eng", 110, 51},
		{"gus", "sales", 70, 23}, {"hal", "eng", 95, 40},
	}
	show("input", es)
	byDept := append([]Emp(nil), es...)
	sort.SliceStable(byDept, func(i, j int) bool { return byDept[i].Dept < byDept[j].Dept })
	show("stable dept", byDept)
	multi := append([]Emp(nil), es...)
	sort.Slice(multi, func(i, j int) bool {
		a, b := multi[i], multi[j]
		if a.Dept != b.Dept {
			return a.Dept < b.Dept
		}
		if a.Salary != b.Salary {
			return a.Salary > b.Salary
		}
		return a.Name < b.Name
	})
	show("dept,-salary", multi)
	sal := append([]Emp(nil), es...)
	sort.Stable(sort.Reverse(bySalary(sal)))
	show("salary desc", sal)
	fmt.Println(sort.IsSorted(sort.Reverse(bySalary(sal))), sort.SliceIsSorted(es, func(i, j int) bool { return es[i].Name < es[j].Name }))

	ages := make([]int, len(es))
	for i, e := range es {
		ages[i] = e.Age
	}
	sort.Ints(ages)
	fmt.Println(ages, sort.SearchInts(ages, 38), sort.SearchInts(ages, 39), sort.SearchInts(ages, 100))
	i := sort.Search(len(ages), func(i int) bool { return ages[i] >= 40 })
	fmt.Println("first >= 40 at", i, ages[i:])
	names := []string{"zed", "Amy", "bob", "Bob", "al"}
	sort.Strings(names)
	fmt.Println(names, sort.SearchStrings(names, "bob"), sort.StringsAreSorted(names))
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names)
	fl := sort.Float64Slice{2.5, -1, 3.25, 0}
	fl.Sort()
	fmt.Println(fl, fl.Search(3), sort.Float64sAreSorted(fl))
}
