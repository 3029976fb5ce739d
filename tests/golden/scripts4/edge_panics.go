package main

import (
	"container/heap"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Node struct {
	Name string
	Next *Node
}

type H []int

func (h H) Len() int           { return len(h) }
func (h H) Less(i, j int) bool { return h[i] < h[j] }
func (h H) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *H) Push(x any)        { *h = append(*h, x.(int)) }
func (h *H) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

type PanicMarshal struct{}

func (PanicMarshal) MarshalJSON() ([]byte, error) { panic("boom in MarshalJSON") }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %v\n", name, r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	a := &Node{Name: "a"}
	a.Next = &Node{Name: "b", Next: a}
	_, err := json.Marshal(a)
	fmt.Println(err)
	m := map[string]any{}
	m["self"] = m
	_, err = json.Marshal(m)
	fmt.Println(err)
	s := []any{nil}
	s[0] = s
	_, err = json.Marshal(s)
	fmt.Println(err)
	try("heap push pop", func() { h := &H{3, 1}; heap.Init(h); heap.Push(h, 2); fmt.Println(heap.Pop(h), *h) })
	try("sort less panics", func() {
		x := []int{3, 1, 2}
		sort.Slice(x, func(i, j int) bool {
			if x[i] == 2 {
				panic(fmt.Sprintf("bad %d", x[i]))
			}
			return x[i] < x[j]
		})
	})
	try("sort.Slice non-slice", func() { sort.Slice(5, func(i, j int) bool { return false }) })
	try("sort.Slice nil", func() { sort.SliceStable(nil, func(i, j int) bool { return false }) })
	try("sort.Slice map", func() { sort.Slice(map[int]int{}, func(i, j int) bool { return false }) })
	try("Grow", func() { var b strings.Builder; b.Grow(-1) })
	try("Builders in slice", func() {
		bs := make([]strings.Builder, 1, 1)
		bs[0].WriteString("a")
		bs = append(bs, strings.Builder{})
		bs[1].WriteString("fresh ok")
		fmt.Println(bs[0].String(), bs[1].String(), bs[0].Len())
		bs[0].Reset()
		bs[0].WriteString("after reset ok")
		fmt.Println(bs[0].String())
		bs = append(bs, strings.Builder{})
		fmt.Fprintf(&bs[0], "moved")
	})
	try("marshal panics", func() { json.Marshal(PanicMarshal{}) })
	try("strings.Map panics", func() { strings.Map(func(r rune) rune { panic("map") }, "x") })
	try("time.Sleep neg", func() { time.Sleep(-1) })
	try("NewTicker 0", func() { time.NewTicker(0) })
	try("Builder copy", func() {
		var b strings.Builder
		b.WriteString("x")
		c := b
		c.WriteString("y")
	})
	try("Replacer odd", func() { strings.NewReplacer("a") })
	try("Month string", func() { fmt.Println(time.Month(0), time.Month(-1), time.Weekday(-1)) })
	var nilm map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), &nilm), nilm)
	var b1 strings.Builder
	b1.WriteByte('x')
	b2 := b1
	fmt.Println(b2.String(), b2.Len())
	b2.WriteRune('y')
}
