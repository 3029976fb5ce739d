// time_zones.go - a meeting planner: one instant shown in several zones,
// DST transitions, parsing in a location, formatting layouts.
package main

import (
	"fmt"
	"time"
)

func main() {
	zones := []string{"UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "America/St_Johns"}
	meeting := time.Date(2023, time.March, 10, 15, 30, 0, 0, time.UTC)
	for _, name := range zones {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		t := meeting.In(loc)
		zn, off := t.Zone()
		fmt.Printf("%-18s %s  %-5s %+6d  %s\n", name, t.Format("Mon Jan _2 15:04 2006"), zn, off/60, t.Format(time.RFC3339))
	}
	_, err := time.LoadLocation("Mars/Olympus_Mons")
	fmt.Println(err)

	ny, _ := time.LoadLocation("America/New_York")
	// The spring-forward gap and the fall-back overlap.
	for _, s := range []string{"2023-03-12 01:59", "2023-03-12 02:30", "2023-03-12 03:00", "2023-11-05 01:30"} {
		t, err := time.ParseInLocation("2006-01-02 15:04", s, ny)
		fmt.Println(s, "->", t, err)
	}
	start := time.Date(2023, 3, 11, 12, 0, 0, 0, ny)
	fmt.Println(start.Add(24*time.Hour), start.AddDate(0, 0, 1))
	fmt.Println(start.AddDate(0, 0, 1).Sub(start))

	layouts := []string{time.ANSIC, time.RFC1123Z, time.RFC822, time.Kitchen, time.StampMilli, "2006-01-02T15:04:05.000Z07:00", "Monday, 02-Jan-06 3PM MST", "20060102"}
	t := time.Date(2024, 2, 29, 7, 5, 9, 123456789, time.FixedZone("XYZ", -(3*3600 + 30*60)))
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	fmt.Println(t.UTC(), t.Unix(), t.UnixMilli(), t.YearDay(), t.Weekday())
	y, w := t.ISOWeek()
	fmt.Println("iso week", y, w)

	p, err := time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST")
	fmt.Println(p, err)
	p, err = time.Parse("2006-01-02 15:04:05 -0700", "2023-06-01 08:00:00 +0530")
	fmt.Println(p, p.UTC(), err)
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	_, err = time.Parse(time.RFC3339, "2023-01-01 10:00:00")
	fmt.Println(err)
}
