package main

import (
	"fmt"
	"time"
)

func main() {
	base := time.Date(2024, time.January, 31, 23, 59, 58, 999999999, time.UTC)
	for _, m := range []int{1, 2, 3, 12, -1, -11, 13} {
		fmt.Println(m, base.AddDate(0, m, 0).Format("2006-01-02 Mon"), base.AddDate(1, m, 1).Format("2006-01-02"))
	}
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(2023, 14, -3, 25, 61, 61, 2e9, time.UTC))
	for y := 2018; y <= 2027; y++ {
		for _, d := range []time.Time{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)} {
			iy, iw := d.ISOWeek()
			fmt.Printf("%s %s yd=%d iso=%d-W%02d\n", d.Format("2006-01-02"), d.Weekday(), d.YearDay(), iy, iw)
		}
	}
	t := time.Date(2023, 8, 17, 13, 47, 31, 567891234, time.UTC)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, mo, d, h, mi, s, int(mo), mo.String(), time.Month(13), time.Weekday(8))
	for _, u := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, 5 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 0, -time.Second} {
		fmt.Println(u, t.Truncate(u).Format(time.RFC3339Nano), t.Round(u).Format(time.RFC3339Nano))
	}
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(time.Unix(1700000000, 123).UTC(), time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC(), time.Unix(0, -1).UTC())
	fmt.Println(time.Unix(1<<40, 0).UTC().Year())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Weekday(), zero.YearDay())
	fmt.Println(t.After(zero), zero.Before(t))
	fmt.Println(t.Format("Mon Monday Jan January 01 1 02 2 _2 __2 002 06 2006 15 3 03 04 4 05 5 PM pm .0 .000 .999 ,000 Z07 Z0700 Z07:00 -07 -0700 -07:00 MST"))
	fmt.Println(t.Format("2006-01-02T15:04:05.999999999Z07:00"), t.Format(time.Layout), t.Format(time.StampNano))
	fmt.Println(t.Add(-t.Sub(zero)), t.Sub(zero), zero.Sub(t))
	loc := time.FixedZone("XST", 5*3600+1800)
	tl := t.In(loc)
	fmt.Println(tl, tl.Location(), tl.Format(time.RFC822Z), tl.Equal(t), tl == t)
	n, off := tl.Zone()
	fmt.Println(n, off)
	fmt.Println(time.FixedZone("", -4*3600-1).String(), t.In(time.FixedZone("", -4*3600-61)).Format(time.RFC3339))
	tk, _ := time.LoadLocation("Asia/Tokyo")
	ny, _ := time.LoadLocation("America/New_York")
	for _, ts := range []time.Time{time.Date(2023, 3, 12, 1, 59, 0, 0, ny), time.Date(2023, 3, 12, 2, 30, 0, 0, ny), time.Date(2023, 11, 5, 1, 30, 0, 0, ny)} {
		fmt.Println(ts, ts.In(tk), ts.Add(time.Hour), ts.AddDate(0, 0, 1))
	}
	fmt.Println(ny.String(), tk, time.UTC, time.Local.String() != "")
	b, _ := t.MarshalText()
	fmt.Println(string(b))
	var t2 time.Time
	fmt.Println(t2.UnmarshalText([]byte("2001-02-03T04:05:06.7+08:00")), t2)
	fmt.Println(t.GoString())
	fmt.Printf("%v|%s|%d\n", t, t, t.Month())
}
