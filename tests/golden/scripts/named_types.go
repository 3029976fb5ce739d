// named_types defines methods on named slice, map, func and integer types
// (not just structs): a Celsius type, a string set, a middleware chain of
// funcs, and a weekday bitmask, all used like a small scheduling script.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }
func (c Celsius) String() string      { return fmt.Sprintf("%.1f°C", float64(c)) }

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}
func (s Set) Add(x string)      { s[x] = struct{}{} }
func (s Set) Has(x string) bool { _, ok := s[x]; return ok }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
func (s Set) Intersect(o Set) Set {
	r := Set{}
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

type Transform func(string) string

func (t Transform) Then(next Transform) Transform {
	return func(s string) string { return next(t(s)) }
}

type Chain []Transform

func (c Chain) Apply(s string) string {
	for _, t := range c {
		s = t(s)
	}
	return s
}

type Days uint8

const (
	Mon Days = 1 << iota
	Tue
	Wed
	Thu
	Fri
	Sat
	Sun
	Weekdays = Mon | Tue | Wed | Thu | Fri
	Weekend  = Sat | Sun
)

func (d Days) String() string {
	if d == 0 {
		return "never"
	}
	names := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	var parts []string
	for i, n := range names {
		if d&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "+")
}

func (d *Days) Toggle(o Days) { *d ^= o }

func main() {
	temps := []Celsius{-40, 0, 21.5, 37, 100}
	for _, t := range temps {
		fmt.Printf("%v = %.1f°F\n", t, t.Fahrenheit())
	}
	fmt.Println(temps)

	alice := NewSet("go", "c", "sql", "rust")
	bob := NewSet("python", "go", "sql")
	fmt.Println("both:", alice.Intersect(bob).Sorted(), "alice has c:", alice.Has("c"), len(alice))

	trim := Transform(strings.TrimSpace)
	shout := trim.Then(strings.ToUpper).Then(func(s string) string { return s + "!" })
	fmt.Printf("%q\n", shout("  hello there "))
	c := Chain{strings.TrimSpace, strings.ToLower, func(s string) string { return strings.ReplaceAll(s, " ", "-") }}
	fmt.Println(c.Apply("  Named Types Are Fun  "), len(c))

	meetings := map[string]Days{"standup": Weekdays, "hike": Sat, "retro": Fri, "none": 0}
	keys := make([]string, 0, len(meetings))
	for k := range meetings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %v\n", k, meetings[k])
	}
	d := Weekend
	d.Toggle(Mon | Sun)
	fmt.Println(d, Weekdays&^Wed, Days(127), uint8(Weekend))
}
