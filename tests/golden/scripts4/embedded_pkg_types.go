package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"
)

// Types embedding package types: their promoted methods through
// interfaces, method values and method expressions.

type Timeout struct {
	time.Duration
	Label string
}

type Level int

func (l Level) String() string { return [...]string{"debug", "info", "warn"}[l] }

type Entry struct {
	Level
	Msg string
}

type Outer struct{ Middle }
type Middle struct{ Inner }
type Inner struct{ id int }

func (i Inner) ID() int       { return i.id }
func (i *Inner) SetID(id int) { i.id = id }

type Buffer struct {
	strings.Builder
	writes int
}

func main() {
	t := Timeout{90 * time.Second, "read"}
	fmt.Println(t, t.Duration, t.Minutes())
	fmt.Printf("%v %s %d\n", t, t, t.Duration)
	var st fmt.Stringer = t
	fmt.Println(st.String())
	list := []fmt.Stringer{Timeout{time.Millisecond, "a"}, Entry{2, "disk"}, Level(1), time.Hour}
	for _, s := range list {
		fmt.Print(s.String(), " ")
	}
	fmt.Println()
	fmt.Println(Entry{1, "ok"})
	fmt.Printf("%v|%+v|%s\n", Entry{0, "x"}, Entry{0, "x"}, Entry{2, "y"})

	ts := []Timeout{{3 * time.Second, "c"}, {time.Second, "a"}, {2 * time.Second, "b"}}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Duration < ts[j].Duration })
	fmt.Println(ts)

	dur := Timeout.String
	fmt.Println(dur(t))
	secs := (*Timeout).Seconds
	fmt.Println(secs(&t))
	id := Outer.ID
	set := (*Outer).SetID
	o := Outer{}
	set(&o, 42)
	fmt.Println(id(o), o.ID())
	var ider interface{ ID() int } = o
	fmt.Println(ider.ID())
	var setter interface{ SetID(int) } = &o
	setter.SetID(7)
	fmt.Println(o.ID())

	type counter struct {
		sync.Mutex
		n int
	}
	c := &counter{}
	var l sync.Locker = c
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.Lock()
			c.n++
			l.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(c.n)

	type span struct{ time.Duration }
	var s2 fmt.Stringer = span{time.Minute + 30*time.Second}
	fmt.Println(s2, span{time.Millisecond})
	type localEntry struct {
		Entry
		n int
	}
	fmt.Println(localEntry{Entry{1, "m"}, 3}.String())

	b := &Buffer{}
	var w io.Writer = b
	fmt.Fprintf(w, "%d-%s", 7, "x")
	io.WriteString(w, "!")
	ws := (*Buffer).WriteString
	ws(b, "?")
	fmt.Println(b.String(), b.Len())
	type lbuf struct{ strings.Builder }
	var lb lbuf
	var sw io.StringWriter = &lb
	sw.WriteString("local")
	fmt.Println(lb.String())
}
