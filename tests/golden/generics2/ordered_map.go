package main

import (
	"fmt"
	"strings"
)

// An insertion-ordered map OrderedMap[K, V] with Set/Get/Delete/Keys, a
// String method printed through fmt, and a generic Map over its entries.

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Delete(k K) {
	if _, ok := o.m[k]; !ok {
		return
	}
	delete(o.m, k)
	for i, x := range o.keys {
		if x == k {
			o.keys = append(o.keys[:i], o.keys[i+1:]...)
			break
		}
	}
}

func (o *OrderedMap[K, V]) Len() int { return len(o.keys) }

func (o *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range o.keys {
		f(k, o.m[k])
	}
}

func (o *OrderedMap[K, V]) String() string {
	var b strings.Builder
	b.WriteString("{")
	o.Each(func(k K, v V) {
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%v: %v", k, v)
	})
	b.WriteString("}")
	return b.String()
}

func MapValues[K comparable, V, W any](o *OrderedMap[K, V], f func(V) W) *OrderedMap[K, W] {
	r := NewOrderedMap[K, W]()
	o.Each(func(k K, v V) { r.Set(k, f(v)) })
	return r
}

func main() {
	m := NewOrderedMap[string, int]()
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		n, _ := m.Get(w)
		m.Set(w, n+1)
	}
	fmt.Println(m)
	fmt.Println(m.Len())
	m.Delete("fox")
	m.Delete("nothing")
	fmt.Printf("%v %d\n", m, m.Len())
	v, ok := m.Get("the")
	fmt.Println(v, ok)
	v, ok = m.Get("fox")
	fmt.Println(v, ok)
	s := MapValues(m, func(n int) string { return strings.Repeat("*", n) })
	fmt.Printf("%s\n", s)
	fmt.Printf("%T %T\n", m, s)
	type point struct{ X, Y int }
	pm := NewOrderedMap[point, []string]()
	pm.Set(point{1, 2}, []string{"a"})
	pm.Set(point{0, 0}, nil)
	pm.Set(point{1, 2}, []string{"b", "c"})
	fmt.Println(pm)
}
