package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Microsecond * 1500, 1500 * time.Millisecond,
		time.Hour + 2*time.Minute + 3500*time.Millisecond, -90 * time.Second, 1<<63 - 1, -1 << 63,
		100 * time.Hour, 59*time.Minute + 59*time.Second + 999999999}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d|%.3f|%.2f|%.4f|%d|%d|%d\n", d, d.String(), int64(d), d.Hours(), d.Minutes(), d.Seconds(),
			d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	for _, s := range []string{"1h2m3.5s", "1.5µs", "1.5us", "300ms", "-1.5h", "+2h45m", "0", "1d", "", "1", "1h2", ".5s", "5.s",
		"9223372036854775807ns", "9223372036854775808ns", "2562047h47m16.854775807s", "2562048h", "1e3s", "1..2s", "3m-2s", "10000000000000000000000h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q => %v %v\n", s, d, err)
	}
	d := 3*time.Hour + 27*time.Minute + 45*time.Second + 678*time.Millisecond
	for _, m := range []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 7 * time.Hour} {
		fmt.Println(m, d.Truncate(m), d.Round(m), (-d).Truncate(m), (-d).Round(m))
	}
	fmt.Println(time.Duration(1<<63 - 1).Round(time.Hour), time.Duration(-1 << 63).Round(time.Hour))
	fmt.Println(d.Abs(), (-d).Abs(), time.Duration(-1<<63).Abs())
	var total time.Duration
	for i := 1; i <= 10; i++ {
		total += time.Duration(i) * 333 * time.Millisecond
	}
	fmt.Println(total, total/7, total%time.Second, float64(total)/float64(time.Second))
	fmt.Printf("%T %v %d %x %08v\n", time.Second, time.Second, time.Second, time.Second, time.Millisecond)
	fmt.Println([]time.Duration{time.Second, time.Minute})
	fmt.Println(map[string]time.Duration{"a": time.Nanosecond})
}
