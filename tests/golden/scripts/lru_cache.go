// lru_cache implements a least-recently-used cache with a map and a
// hand-written doubly linked list with sentinel node.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	key        string
	value      int
	prev, next *node
}

type LRU struct {
	cap          int
	items        map[string]*node
	head         node // sentinel: head.next is most recent
	hits, misses int
	evicted      []string
}

func NewLRU(capacity int) *LRU {
	c := &LRU{cap: capacity, items: make(map[string]*node)}
	c.head.next = &c.head
	c.head.prev = &c.head
	return c
}

func (c *LRU) unlink(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (c *LRU) pushFront(n *node) {
	n.next = c.head.next
	n.prev = &c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU) Get(key string) (int, bool) {
	n, ok := c.items[key]
	if !ok {
		c.misses++
		return 0, false
	}
	c.hits++
	c.unlink(n)
	c.pushFront(n)
	return n.value, true
}

func (c *LRU) Put(key string, value int) {
	if n, ok := c.items[key]; ok {
		n.value = value
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		old := c.head.prev
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	n := &node{key: key, value: value}
	c.items[key] = n
	c.pushFront(n)
}

func (c *LRU) String() string {
	var parts []string
	for n := c.head.next; n != &c.head; n = n.next {
		parts = append(parts, fmt.Sprintf("%s=%d", n.key, n.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b",
		"get c", "put a 10", "put e 5", "get d", "get a", "get e", "put c 33"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			v := 0
			for _, ch := range f[2] {
				v = v*10 + int(ch-'0')
			}
			c.Put(f[1], v)
			fmt.Printf("%-9s -> %v\n", op, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-9s -> %d %t %v\n", op, v, ok, c)
		}
	}
	fmt.Printf("hits=%d misses=%d evicted=%q\n", c.hits, c.misses, c.evicted)
	fmt.Printf("hit ratio %.1f%%\n", 100*float64(c.hits)/float64(c.hits+c.misses))
}
