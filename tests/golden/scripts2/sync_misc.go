// sync_misc.go - the rest of package sync in a cache service: RWMutex,
// sync.Map, sync.Once, sync.Cond for a bounded queue, sync.Pool.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	max   int
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.cond.Wait()
	}
	q.items = append(q.items, v)
	q.cond.Broadcast()
	q.mu.Unlock()
}

func (q *Queue) Take() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.cond.Broadcast()
	q.mu.Unlock()
	return v
}

func main() {
	c := &Cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprintf("k%d", i%3), i)
			c.Get("k0")
		}(i)
	}
	wg.Wait()
	fmt.Println(len(c.data))

	var m sync.Map
	m.Store("b", 2)
	m.Store("a", 1)
	v, loaded := m.LoadOrStore("a", 100)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("c", 3)
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	m.Delete("zzz")
	_, ok := m.Load("b")
	fmt.Println(ok)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}

	q := NewQueue(2)
	sum := 0
	done := make(chan bool)
	go func() {
		for i := 0; i < 20; i++ {
			sum += q.Take()
		}
		done <- true
	}()
	for i := 1; i <= 20; i++ {
		q.Put(i)
	}
	<-done
	fmt.Println("sum", sum)

	pool := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	buf := pool.Get().(*bytes.Buffer)
	buf.WriteString("pooled")
	fmt.Println(buf.String())
	buf.Reset()
	pool.Put(buf)
	b2 := pool.Get().(*bytes.Buffer)
	fmt.Println(b2.Len())

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	defer func() { fmt.Println("recovered:", recover()) }()
	var wg2 sync.WaitGroup
	wg2.Add(-1)
}
