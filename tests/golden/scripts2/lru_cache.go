// lru_cache.go - a least-recently-used cache on container/list and a map,
// with hit/miss statistics and eviction callbacks.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap     int
	ll      *list.List
	items   map[string]*list.Element
	onEvict func(k string, v int)
	hits    int
	misses  int
}

func NewLRU(n int, onEvict func(string, int)) *LRU {
	return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}, onEvict: onEvict}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry).value, true
	}
	c.misses++
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		en := old.Value.(*entry)
		delete(c.items, en.key)
		if c.onEvict != nil {
			c.onEvict(en.key, en.value)
		}
	}
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", en.key, en.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3, func(k string, v int) { fmt.Printf("  evict %s=%d\n", k, v) })
	ops := strings.Fields("put:a:1 put:b:2 put:c:3 get:a put:d:4 get:b get:c put:a:10 put:e:5 get:d get:a")
	for _, op := range ops {
		f := strings.Split(op, ":")
		switch f[0] {
		case "put":
			var v int
			fmt.Sscanf(f[2], "%d", &v)
			c.Put(f[1], v)
			fmt.Printf("put %s=%d -> %v\n", f[1], v, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("get %s = %d %v -> %v\n", f[1], v, ok, c)
		}
	}
	fmt.Printf("hits=%d misses=%d ratio=%.2f\n", c.hits, c.misses, float64(c.hits)/float64(c.hits+c.misses))

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	other := list.New()
	other.PushBack(5)
	other.PushBack(6)
	l.PushBackList(other)
	l.MoveToBack(e1)
	l.MoveAfter(e4, l.Front())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len(), l.Remove(e1), l.Len(), l.Back().Value, l.Front().Prev() == nil)
}
