// intervals merges overlapping time ranges of a meeting calendar, finds
// free slots and the busiest moment, formatting times as HH:MM.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Interval struct{ Start, End int } // minutes since midnight

func parseHM(s string) int {
	var h, m int
	parts := strings.Split(s, ":")
	for _, c := range parts[0] {
		h = h*10 + int(c-'0')
	}
	for _, c := range parts[1] {
		m = m*10 + int(c-'0')
	}
	return h*60 + m
}

func hm(t int) string { return fmt.Sprintf("%02d:%02d", t/60, t%60) }

func (iv Interval) String() string { return hm(iv.Start) + "-" + hm(iv.End) }

func merge(in []Interval) []Interval {
	s := append([]Interval(nil), in...)
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	var out []Interval
	for _, iv := range s {
		if n := len(out); n > 0 && iv.Start <= out[n-1].End {
			if iv.End > out[n-1].End {
				out[n-1].End = iv.End
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

func free(busy []Interval, dayStart, dayEnd int) []Interval {
	var out []Interval
	t := dayStart
	for _, b := range busy {
		if b.Start > t {
			out = append(out, Interval{t, b.Start})
		}
		if b.End > t {
			t = b.End
		}
	}
	if t < dayEnd {
		out = append(out, Interval{t, dayEnd})
	}
	return out
}

const calendar = `09:00-09:30 standup
10:00-11:00 design review
10:30-12:00 interviews
11:45-12:15 lunch run
13:00-13:30 1:1
13:30-14:00 1:1
15:00-15:10 coffee
14:55-16:00 planning`

func main() {
	var ivs []Interval
	for _, line := range strings.Split(calendar, "\n") {
		span := strings.Fields(line)[0]
		se := strings.Split(span, "-")
		ivs = append(ivs, Interval{parseHM(se[0]), parseHM(se[1])})
	}
	merged := merge(ivs)
	fmt.Println("busy:", merged)
	total := 0
	for _, m := range merged {
		total += m.End - m.Start
	}
	fmt.Printf("busy for %dh%02dm\n", total/60, total%60)
	for _, f := range free(merged, parseHM("08:30"), parseHM("17:00")) {
		fmt.Printf("free %v (%d min)\n", f, f.End-f.Start)
	}

	type event struct{ t, delta int }
	var evs []event
	for _, iv := range ivs {
		evs = append(evs, event{iv.Start, +1}, event{iv.End, -1})
	}
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].t != evs[j].t {
			return evs[i].t < evs[j].t
		}
		return evs[i].delta < evs[j].delta
	})
	cur, best, at := 0, 0, 0
	for _, e := range evs {
		cur += e.delta
		if cur > best {
			best, at = cur, e.t
		}
	}
	fmt.Printf("max overlap %d at %s\n", best, hm(at))
}
