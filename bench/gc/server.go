// server.go - collector benchmark: a server-like steady state. A long-lived
// session table (map[int]*Session plus a slice index, each session with a
// 1 KiB buffer and a small history list: about 1.3 KB per session, ~260 MB
// for 200k) is kept while requests replace sessions and allocate
// short-lived garbage at a steady rate.
// Usage: server.go [sessions] [requests]   (default 200000 and 1000000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Event struct {
	at   int
	next *Event
}

type Session struct {
	id      int
	user    string
	buf     []byte
	history *Event
	hits    int
}

func arg(i, def int) int {
	if len(os.Args) > i {
		if v, err := strconv.Atoi(os.Args[i]); err == nil {
			return v
		}
	}
	return def
}

func newSession(id int) *Session {
	s := &Session{id: id, user: "user-" + strconv.Itoa(id), buf: make([]byte, 1024)}
	for i := 0; i < 4; i++ {
		s.history = &Event{at: i, next: s.history}
	}
	return s
}

func main() {
	n := arg(1, 200000)
	reqs := arg(2, 1000000)
	table := make(map[int]*Session, n)
	index := make([]*Session, n)
	for i := 0; i < n; i++ {
		s := newSession(i)
		table[i] = s
		index[i] = s
	}
	seed := uint32(12345)
	served := 0
	for r := 0; r < reqs; r++ {
		seed = seed*1664525 + 1013904223
		k := int(seed>>8) % n
		s := table[k]
		s.hits++
		s.history = &Event{at: r, next: s.history.next}
		reply := []byte(s.user + " ok " + strconv.Itoa(s.hits))
		served += len(reply)
		if r%4 == 0 {
			ns := newSession(k)
			table[k] = ns
			index[k] = ns
		}
		if r%200000 == 0 {
			fmt.Printf("request %d: sessions %d\n", r, len(table))
		}
	}
	live := 0
	for _, s := range index {
		live += s.hits + len(s.buf)/1024
	}
	fmt.Println("served", served, "live", live)
}
