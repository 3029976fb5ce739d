package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, 150 * time.Millisecond, 1500 * time.Millisecond,
		2 * time.Minute, time.Hour + 2*time.Minute + 3500*time.Millisecond, -5 * time.Second,
		90 * time.Minute, 36 * time.Hour, 1<<63 - 1, -1 << 63, 1234567890}
	for _, d := range ds {
		fmt.Println(d, d.String(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Minutes(), d.Hours())
	}
	fmt.Printf("%v %s %d %T\n", time.Second, 2*time.Second, time.Millisecond, time.Hour)
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 2*time.Millisecond, el < time.Second)
	t2 := start.Add(time.Hour)
	fmt.Println(t2.Sub(start), t2.After(start), start.Before(t2), start.Equal(start))
	fmt.Println(time.Unix(100, 5).UnixNano(), time.Unix(100, 0).Unix())
	d := 3*time.Second + 250*time.Millisecond
	fmt.Println(d.Truncate(time.Second), time.Duration(2.5*float64(time.Second)))
}
