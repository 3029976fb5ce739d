package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Event struct {
	At    time.Time     `json:"at"`
	Every time.Duration `json:"every"`
	Until *time.Time    `json:"until,omitempty"`
}

func main() {
	now := time.Now()
	fmt.Println(strings.Contains(now.String(), " m=+"), strings.Contains(now.Round(0).String(), "m="), strings.Contains(now.UTC().String(), "m="), strings.Contains(now.Truncate(time.Second).String(), "m="))
	later := now.Add(time.Hour)
	fmt.Println(later.Sub(now), now.Equal(now.Round(0)), now == now.Round(0), now.In(time.UTC).Equal(now))
	t := time.Date(2009, 11, 10, 23, 4, 5, 123400000, time.FixedZone("EST", -5*3600))
	buf := t.AppendFormat([]byte("at: "), time.Kitchen)
	fmt.Println(string(buf))
	bin, err := t.MarshalBinary()
	fmt.Println(len(bin), err)
	var t2 time.Time
	fmt.Println(t2.UnmarshalBinary(bin), t2, t2.Equal(t))
	js, _ := t.MarshalJSON()
	fmt.Println(string(js))
	for _, s := range []string{`"2009-11-10T23:04:05.1234-05:00"`, `"x"`, `123`, `null`, `"2009-11-10"`, `"2009-11-10T23:04:05Z"`, `"2009-11-10T23:04:05+24:00"`} {
		var tt time.Time
		err := tt.UnmarshalJSON([]byte(s))
		fmt.Println(s, tt, err)
	}
	e := Event{At: t, Every: 90 * time.Second}
	b, _ := json.Marshal(e)
	fmt.Println(string(b))
	var e2 Event
	fmt.Println(json.Unmarshal([]byte(`{"at":"2020-02-29T12:00:00Z","every":"1m","until":"2020-03-01T00:00:00+01:00"}`), &e2), e2.At, e2.Every, e2.Until)
	fmt.Println(json.Unmarshal([]byte(`{"at":"2020-02-30T12:00:00Z"}`), &e2))
	for _, c := range [][2]string{
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2023-00-10"},
		{"2006-01-02", "2023-04-31"},
		{"2006-01-02 15:04", "2023-01-01 24:00"},
		{"15:04:05", "12:60:00"},
		{"15:04:05", "12:00:60"},
		{"3:04PM", "13:00PM"},
		{"3:04PM", "1:00XM"},
		{"2006-01-02T15:04:05Z07:00", "2023-01-01T00:00:00+0100"},
		{"Jan 2 2006", "Jan 32 2023"},
		{"2006.002", "2023.366"},
		{"2006.002", "2024.366"},
		{"01/02/06", "12/31/99"},
		{"01/02/06", "12/31/68"},
		{"01/02/06", "12/31/69"},
		{".000", ".12"},
		{"05.000", "07.1234"},
		{"05.999", "07.1234"},
		{"05,000", "07,123"},
		{"2006-01-02 15:04:05.999999999", "2023-01-01 10:00:00.123456789123"},
		{"Mon, 02 Jan", "Tue, 03 Jan"},
		{"2006 MST", "2023 ABCDEFG"},
		{"2006 MST", "2023 GMT+3"},
		{"2006 MST", "2023 GMT-11"},
		{"2006 MST", "2023 UTC"},
	} {
		tt, err := time.Parse(c[0], c[1])
		fmt.Printf("%-32q %-34q %v | %v\n", c[0], c[1], tt, err)
	}
	for _, s := range []string{"1d", "1h1", "-", "+", ".", "1.h", "1h-1m", "0.0000000001s", "1µ", "1μs", "5ns ", " 5ns", "4.5e2s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	var zt time.Time
	n, off := zt.Zone()
	fmt.Println(n, off, zt.Location(), zt.Local().IsZero(), zt.UnixNano(), zt.Format(time.RFC3339Nano))
	fmt.Println(time.Date(-44, 3, 15, 0, 0, 0, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339))
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(err)
	_, err = time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err)
	fmt.Printf("%v %s %d %q\n", time.March, time.Saturday, time.March, time.Saturday)
}
