package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	words := strings.Fields("when in the course of human events it becomes necessary for one people to dissolve the political bands which have connected them with another")
	a := append([]string(nil), words...)
	sort.Sort(byLen(a))
	fmt.Println(a)
	b := append([]string(nil), words...)
	sort.Stable(byLen(b))
	fmt.Println(b)
	c := append([]string(nil), words...)
	sort.Sort(sort.Reverse(sort.StringSlice(c)))
	fmt.Println(c)
	d := append([]string(nil), words...)
	sort.Stable(sort.Reverse(byLen(d)))
	fmt.Println(d, sort.IsSorted(sort.Reverse(byLen(d))))
	sort.Strings(words)
	i := sort.SearchStrings(words, "people")
	fmt.Println(i, words[i], sort.StringsAreSorted(words))
	nums := []float64{3, -0.0, 0, 1.5, -2, 0, -0.0}
	sort.Float64s(nums)
	fmt.Println(nums)
	k := sort.Search(len(words), func(i int) bool { return words[i] >= "t" })
	fmt.Println(k, words[k:])
}
