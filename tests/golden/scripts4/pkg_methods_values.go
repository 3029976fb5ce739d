package main

import (
	"container/list"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

type Stamp struct {
	time.Time
	Note string
}

type Span struct {
	time.Duration
}

type Counter struct {
	sync.Mutex
	n map[string]int
}

type MyDur = time.Duration

type Log struct {
	*strings.Builder
	lines int
}

func (l *Log) Line(s string) { l.WriteString(s); l.WriteByte('\n'); l.lines++ }

func apply(fs []func(string) string, s string) string {
	for _, f := range fs {
		s = f(s)
	}
	return s
}

func main() {
	s := Stamp{time.Date(2022, 5, 6, 7, 8, 9, 0, time.UTC), "n"}
	fmt.Println(s.Year(), s.Format(time.Kitchen), s.Add(time.Hour).Hour())
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	fmt.Println(s)
	sp := Span{90 * time.Minute}
	fmt.Println(sp, sp.Hours(), sp.String())
	b, _ = json.Marshal(sp)
	fmt.Println(string(b))
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Lock()
			defer c.Unlock()
			c.n[strconv.Itoa(i%2)]++
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n)
	var d MyDur = 1500 * time.Millisecond
	fmt.Println(d, d.Seconds())

	upper := strings.ToUpper
	trim := strings.TrimSpace
	title := strings.Title
	repl := strings.NewReplacer(" ", "_").Replace
	fmt.Println(apply([]func(string) string{trim, upper, repl}, "  hello big world "), title("x y"))
	fmtf := time.Time.Format
	fmt.Println(fmtf(s.Time, "2006"))
	ws := (*strings.Builder).WriteString
	var sb strings.Builder
	ws(&sb, "method expr ")
	add := sb.WriteString
	add("method value")
	fmt.Println(sb.String())
	lg := &Log{Builder: &strings.Builder{}}
	lg.Line("one")
	lg.Line("two")
	fmt.Print(lg.String())
	fmt.Println(lg.lines, lg.Len())
	var w io.Writer = lg
	fmt.Fprintf(w, "via %s\n", "io.Writer")
	json.NewEncoder(lg).Encode([]int{1, 2})
	fmt.Print(lg.String())
	var st fmt.Stringer = 3 * time.Second
	fmt.Println(st.String(), st)
	st = time.March
	fmt.Println(st)
	var sorter sort.Interface = sort.Reverse(sort.IntSlice([]int{1, 3, 2}))
	sort.Sort(sorter)
	fmt.Println(sorter.Len(), sorter.Less(0, 1))
	pf := strconv.FormatInt
	fmt.Println(pf(255, 2))
	l := list.New()
	push := l.PushBack
	push(1)
	push("two")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, ";")
	}
	fmt.Println()
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	pr := func(cols ...any) {
		for i, c := range cols {
			if i > 0 {
				fmt.Fprint(tw, "\t")
			}
			fmt.Fprint(tw, c)
		}
		fmt.Fprintln(tw)
	}
	pr("a", 1, time.Second)
	pr("bbbb", 22.5, time.March)
	tw.Flush()
	durs := []time.Duration{3 * time.Second, time.Millisecond, time.Hour}
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	fmt.Println(durs)
	times := map[time.Weekday][]string{time.Monday: {"gym"}, time.Friday: {"party"}}
	fmt.Println(times)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
