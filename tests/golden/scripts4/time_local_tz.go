package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	os.Setenv("TZ", "Europe/Berlin")
	t := time.Date(2023, 3, 26, 1, 30, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		l := t.Add(time.Duration(i) * 30 * time.Minute).Local()
		name, off := l.Zone()
		fmt.Println(l, name, off, l.Location(), l.IsDST())
	}
	fmt.Println(time.Local.String())
	lt := time.Date(2023, 10, 29, 2, 30, 0, 0, time.Local)
	fmt.Println(lt, lt.UTC())
	p, err := time.ParseInLocation("2006-01-02 15:04 MST", "2023-07-01 12:00 CEST", time.Local)
	fmt.Println(p, err)
	p, err = time.Parse("2006-01-02 15:04 MST", "2023-07-01 12:00 CEST")
	fmt.Println(p, err)
	p, err = time.Parse("2006-01-02 15:04 MST", "2023-07-01 12:00 PDT")
	fmt.Println(p, err)
	p, err = time.Parse("2006-01-02 15:04 -0700 MST", "2023-07-01 12:00 +0900 KST")
	fmt.Println(p, err)
	fmt.Println(time.Unix(0, 0).In(time.Local).Format(time.RFC1123))
	syd, _ := time.LoadLocation("Australia/Sydney")
	for _, m := range []time.Month{1, 4, 7, 10} {
		d := time.Date(2024, m, 7, 12, 0, 0, 0, syd)
		n, o := d.Zone()
		s, e := d.ZoneBounds()
		fmt.Println(d.Format(time.RFC822), n, o, s.Format(time.RFC3339), e.Format(time.RFC3339))
	}
	kolkata, _ := time.LoadLocation("Asia/Kolkata")
	ch, _ := time.LoadLocation("Asia/Kathmandu")
	tt := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(tt.In(kolkata), tt.In(ch), tt.In(kolkata).Format("-07:00 Z07:00 -0700 Z0700 -07 Z07"))
	old := time.Date(1900, 1, 1, 0, 0, 0, 0, kolkata)
	fmt.Println(old, old.UTC())
	fut := time.Date(2100, 7, 1, 0, 0, 0, 0, syd)
	fmt.Println(fut)
	utcLoc, err := time.LoadLocation("UTC")
	fmt.Println(utcLoc, err, utcLoc == time.UTC)
	loc, err := time.LoadLocation("Local")
	fmt.Println(loc, err, loc == time.Local)
	_, err = time.LoadLocation("../etc/passwd")
	fmt.Println(err)
	_, err = time.LoadLocation("")
	fmt.Println(err)
}
