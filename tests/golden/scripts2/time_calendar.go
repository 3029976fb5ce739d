// time_calendar.go - calendar arithmetic a billing script does: month
// ends, AddDate normalisation, week starts, days between dates, business
// days, durations in reports, JSON time values.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

func monthEnd(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, t.Location())
}

func weekStart(t time.Time) time.Time {
	wd := int(t.Weekday())
	if wd == 0 {
		wd = 7
	}
	y, m, d := t.Date()
	return time.Date(y, m, d-wd+1, 0, 0, 0, 0, t.Location())
}

func businessDays(from, to time.Time) int {
	n := 0
	for d := from; d.Before(to); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

func main() {
	jan31 := time.Date(2024, time.January, 31, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		fmt.Println(jan31.AddDate(0, i, 0).Format("2006-01-02 Mon"), monthEnd(jan31.AddDate(0, i, 0)).Format("Jan 2"))
	}
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))
	fmt.Println(time.Date(2024, 3, 0, 0, 0, 0, 0, time.UTC).Day(), time.Date(2023, 3, 0, 0, 0, 0, 0, time.UTC).Day())
	d := time.Date(2024, 5, 15, 13, 45, 0, 0, time.UTC)
	fmt.Println(weekStart(d).Format(time.RFC1123), d.YearDay(), d.Month(), int(d.Month()), d.Weekday())
	a, b := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println(b.Sub(a).Hours()/24, businessDays(a, a.AddDate(0, 1, 0)), b.After(a), a.Equal(a.In(time.FixedZone("X", 3600))))
	fmt.Println(d.Truncate(time.Hour), d.Round(24*time.Hour), d.Truncate(7*24*time.Hour))
	for _, s := range []string{"1h15m30.5s", "-2m", "300ms", "1.5h", "2h45m0s", "1d", ""} {
		dd, err := time.ParseDuration(s)
		fmt.Println(s, dd, err)
	}
	var total time.Duration
	for _, s := range []string{"45m", "1h20m", "15m30s"} {
		x, _ := time.ParseDuration(s)
		total += x
	}
	fmt.Printf("%v %.2fh %d min %s\n", total, total.Hours(), int(total.Minutes()), total.String())
	type Invoice struct {
		Due  time.Time     `json:"due"`
		Term time.Duration `json:"term"`
		Paid *time.Time    `json:"paid,omitempty"`
	}
	inv := Invoice{Due: time.Date(2024, 2, 29, 23, 59, 59, 500, time.FixedZone("", -5*3600)), Term: 30 * 24 * time.Hour}
	out, _ := json.Marshal(inv)
	fmt.Println(string(out))
	var back Invoice
	fmt.Println(json.Unmarshal(out, &back), back.Due.Equal(inv.Due), back.Due.Location(), back.Term)
	fmt.Println(json.Unmarshal([]byte(`{"due":"yesterday"}`), &back))
	u := time.Unix(1700000000, 0).UTC()
	fmt.Println(u, u.Unix(), time.UnixMilli(1700000000123).UTC().Format(time.StampMilli), u.IsZero(), time.Time{}.IsZero(), time.Time{})
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0).Format("2006-01-02"), time.Saturday, time.December)
}
