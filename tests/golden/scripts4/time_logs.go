package main

import (
	"fmt"
	"sort"
	"time"
)

var layouts = []string{
	time.RFC3339,
	time.RFC3339Nano,
	time.RFC1123,
	time.RFC1123Z,
	time.RFC822,
	time.RFC822Z,
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	time.RubyDate,
	time.Kitchen,
	time.Stamp,
	time.StampMilli,
	"2006-01-02 15:04:05",
	"02/Jan/2006:15:04:05 -0700",
	"2006-01-02T15:04:05.000Z07:00",
	"Jan _2 15:04:05.000000",
	"Monday, 02-Jan-06 3:04PM MST",
	"2006-002",
}

func parseAny(s string) (time.Time, string, error) {
	var last error
	for _, l := range layouts {
		t, err := time.Parse(l, s)
		if err == nil {
			return t, l, nil
		}
		last = err
	}
	return time.Time{}, "", last
}

func main() {
	lines := []string{
		"2023-10-05T14:30:00Z",
		"2023-10-05T14:30:00.123456789+02:00",
		"Thu, 05 Oct 2023 14:30:00 GMT",
		"Thu, 05 Oct 2023 14:30:00 -0700",
		"05 Oct 23 14:30 UTC",
		"Thursday, 05-Oct-23 14:30:00 UTC",
		"Thu Oct  5 14:30:00 2023",
		"Thu Oct  5 14:30:00 UTC 2023",
		"Thu Oct 05 14:30:00 +0530 2023",
		"3:04PM",
		"Oct  5 14:30:00",
		"2023-10-05 14:30:00",
		"05/Oct/2023:14:30:00 +0100",
		"2023-10-05T14:30:00.250-03:30",
		"2023-278",
		"2023-13-05T14:30:00Z",
		"2023-02-30T14:30:00Z",
		"garbage",
		"2023-10-05T25:30:00Z",
		"2023-10-05T14:61:00Z",
	}
	var ts []time.Time
	for _, l := range lines {
		t, layout, err := parseAny(l)
		if err != nil {
			fmt.Printf("%-40s ERR %v\n", l, err)
			continue
		}
		_, off := t.Zone()
		fmt.Printf("%-40s %-32s off=%d layout=%q\n", l, t.Format(time.RFC3339Nano), off, layout)
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	for i := 1; i < len(ts); i++ {
		fmt.Println(ts[i].Sub(ts[i-1]), ts[i].UTC().Format(time.StampMicro), ts[i].Equal(ts[i-1]))
	}
	for _, bad := range []struct{ l, v string }{
		{time.RFC3339, "2023-10-05"},
		{time.RFC3339, "2023-10-05T14:30:00"},
		{time.RFC3339, "2023-10-05T14:30:00+2:00"},
		{"2006-01-02", "2023-1-05"},
		{"Jan 2", "Foo 2"},
		{"Monday", "Funday"},
		{"15:04:05.000", "10:00:00.12"},
		{"2006-01-02", "2023-01-05 extra"},
		{"2006-01-02 MST", "2023-01-05 XYZW"},
		{"2006-01-02 -07:00", "2023-01-05 +25:00"},
		{"Jan _2", "Feb 30"},
		{"Mon Jan 2", "Tue Jan 3"},
	} {
		_, err := time.Parse(bad.l, bad.v)
		fmt.Println(err)
	}
	loc, err := time.LoadLocation("America/New_York")
	fmt.Println(err)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2023-03-12 02:30", loc)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2023-07-01 12:00 EDT", loc)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04", "2023-11-05 01:30", loc)
	fmt.Println(t, err, t.UTC())
	_, err = time.LoadLocation("Mars/Olympus")
	fmt.Println(err)
}
