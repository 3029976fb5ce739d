package main

import "fmt"

// An LRU cache built on a generic doubly linked list: node[K, V] pointers,
// eviction callbacks as func values, %+v of an instance.

type node[K comparable, V any] struct {
	key        K
	val        V
	prev, next *node[K, V]
}

type LRU[K comparable, V any] struct {
	cap     int
	items   map[K]*node[K, V]
	head    *node[K, V] // most recent
	tail    *node[K, V]
	OnEvict func(K, V)
}

func NewLRU[K comparable, V any](cap int) *LRU[K, V] {
	return &LRU[K, V]{cap: cap, items: map[K]*node[K, V]{}}
}

func (c *LRU[K, V]) unlink(n *node[K, V]) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		c.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		c.tail = n.prev
	}
	n.prev, n.next = nil, nil
}

func (c *LRU[K, V]) pushFront(n *node[K, V]) {
	n.next = c.head
	if c.head != nil {
		c.head.prev = n
	}
	c.head = n
	if c.tail == nil {
		c.tail = n
	}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	n, ok := c.items[k]
	if !ok {
		return v, false
	}
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		if c.OnEvict != nil {
			c.OnEvict(old.key, old.val)
		}
	}
	n := &node[K, V]{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for n := c.head; n != nil; n = n.next {
		ks = append(ks, n.key)
	}
	return ks
}

type entry struct {
	Name string
	Size int
}

func main() {
	c := NewLRU[int, string](3)
	c.OnEvict = func(k int, v string) { fmt.Println("evict", k, v) }
	for i := 1; i <= 5; i++ {
		c.Put(i, fmt.Sprint("v", i))
		if i == 3 {
			c.Get(1)
		}
	}
	fmt.Println(c.Keys())
	v, ok := c.Get(2)
	fmt.Printf("%q %v\n", v, ok)
	v, ok = c.Get(4)
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(c.Keys())

	fc := NewLRU[string, entry](2)
	var evicted []entry
	fc.OnEvict = func(_ string, e entry) { evicted = append(evicted, e) }
	fc.Put("a", entry{"a.txt", 10})
	fc.Put("b", entry{"b.txt", 20})
	fc.Put("a", entry{"a.txt", 11})
	fc.Put("c", entry{"c.txt", 30})
	e, _ := fc.Get("a")
	fmt.Printf("%+v\n", e)
	fmt.Printf("%+v\n", evicted)
	head := *fc.head
	head.next = nil
	fmt.Printf("%+v\n", head)
	fmt.Println(len(fc.items), fc.Keys())
}
