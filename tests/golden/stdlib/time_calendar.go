package main

import (
	"fmt"
	"time"
)

func main() {
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Year(), z.Month(), z.Day(), z.Weekday(), z.YearDay())
	fmt.Println(z.Unix(), z.Location(), z.Location() == time.UTC)

	t := time.Date(2023, time.March, 14, 15, 9, 26, 535897932, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay(), t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	h, m, s := t.Clock()
	fmt.Println(h, m, s)
	yy, mm, dd := t.Date()
	fmt.Println(yy, mm, dd)

	// normalisation
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC))

	u := t.Add(36*time.Hour + 15*time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), u.Equal(t), t.Equal(t))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(time.Second), t.Truncate(7*time.Minute))
	fmt.Println(t.Round(0), t.Truncate(-1))

	fixed := time.FixedZone("XYZ", -(3*3600 + 30*60))
	tf := t.In(fixed)
	fmt.Println(tf, tf.Location(), fixed)
	name, off := tf.Zone()
	fmt.Println(name, off, tf.Equal(t), tf == t)
	fmt.Println(time.FixedZone("", 5*3600+45*60).String() == "", t.In(time.FixedZone("", 5*3600+45*60)))

	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(err)
	fmt.Println(t.In(ny), ny)
	summer := time.Date(2021, 7, 4, 12, 0, 0, 0, ny)
	winter := time.Date(2021, 12, 25, 12, 0, 0, 0, ny)
	far := time.Date(2090, 7, 4, 12, 0, 0, 0, ny)
	fmt.Println(summer, winter, far, summer.IsDST(), winter.IsDST())
	fmt.Println(summer.UTC(), far.Unix())
	// the hour that does not exist and the one that happens twice
	fmt.Println(time.Date(2021, 3, 14, 2, 30, 0, 0, ny), time.Date(2021, 11, 7, 1, 30, 0, 0, ny))
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	fmt.Println(t.In(tokyo))
	lh, _ := time.LoadLocation("Australia/Lord_Howe")
	fmt.Println(time.Date(2022, 1, 1, 0, 0, 0, 0, lh), time.Date(2022, 7, 1, 0, 0, 0, 0, lh))
	_, err = time.LoadLocation("Mars/Olympus")
	fmt.Println(err)
	_, err = time.LoadLocation("../etc/passwd")
	fmt.Println(err)
	l, err := time.LoadLocation("")
	fmt.Println(l, err)
	l, err = time.LoadLocation("UTC")
	fmt.Println(l, err, l == time.UTC)

	fmt.Println(time.Unix(1700000000, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(0, -1).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.Month(13), time.Weekday(7), time.Month(0), time.December, time.Saturday)
	fmt.Printf("%v %d %s %q\n", time.May, time.May, time.May, time.May)
	fmt.Println(t.Local().Location(), time.Local)

	d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 7; i++ {
		x := d.AddDate(0, 0, i)
		fmt.Print(x.Weekday().String()[:3], " ")
	}
	fmt.Println()
	a := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(b), a.Sub(b).Hours(), b.Sub(a))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)))
}
