// durations formats time.Duration values: their String method, arithmetic
// with the unit constants, Truncate/Round, and a hand-written "uptime"
// formatter; no clocks are read, so the output is deterministic.
package main

import (
	"fmt"
	"strings"
	"time"
)

func humanize(d time.Duration) string {
	if d < 0 {
		return "-" + humanize(-d)
	}
	days := d / (24 * time.Hour)
	d -= days * 24 * time.Hour
	h := d / time.Hour
	d -= h * time.Hour
	m := d / time.Minute
	d -= m * time.Minute
	s := d / time.Second
	var parts []string
	if days > 0 {
		parts = append(parts, fmt.Sprintf("%dd", days))
	}
	if h > 0 {
		parts = append(parts, fmt.Sprintf("%dh", h))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%dm", m))
	}
	if s > 0 || len(parts) == 0 {
		parts = append(parts, fmt.Sprintf("%ds", s))
	}
	return strings.Join(parts, " ")
}

type lap struct {
	name string
	d    time.Duration
}

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Millisecond * 250,
		time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-5 * time.Minute, 36 * time.Hour, time.Duration(1<<63 - 1),
	}
	for _, d := range ds {
		fmt.Printf("%-22v %-20d %s\n", d, int64(d), humanize(d))
	}
	d := 7*time.Hour + 45*time.Minute + 30*time.Second + 600*time.Millisecond
	fmt.Println("d:", d)
	fmt.Println("hours:", d.Hours(), "minutes:", d.Minutes())
	fmt.Println("seconds:", d.Seconds(), "ms:", d.Milliseconds())
	fmt.Println("truncate min:", d.Truncate(time.Minute), "round hour:", d.Round(time.Hour))
	fmt.Println("round sec:", d.Round(time.Second), "trunc 0:", d.Truncate(0))

	laps := []lap{{"warmup", 4*time.Minute + 12*time.Second}, {"tempo", 21*time.Minute + 5*time.Second},
		{"intervals", 18 * time.Minute}, {"cooldown", 9*time.Minute + 59*time.Second}}
	var total time.Duration
	for i, l := range laps {
		total += l.d
		fmt.Printf("lap %d %-10s %8v  cumulative %v\n", i+1, l.name, l.d, total)
	}
	avg := total / time.Duration(len(laps))
	fmt.Printf("total %v, average %v, %s\n", total, avg, humanize(total))
	pace := total / 10
	fmt.Printf("pace per km: %v (%.2f min)\n", pace, pace.Minutes())
	fmt.Printf("%T %v %s\n", time.Second, time.Second*2 > time.Millisecond*1999, 3*time.Nanosecond)
}
