package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	ny, _ := time.LoadLocation("America/New_York")
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02", "15:04", "3:4:5 pm", "Jan _2 __2 002", "Monday January 2 2006", "06 6 1 01",
		".000 .999 ,000 ,999 .0 .9 .000000000", "Z07 Z0700 Z07:00 Z070000 Z07:00:00 -07 -0700 -07:00 -070000 -07:00:00 MST",
		"Janet Mond", "2006-01-02T15:04:05.99Z07:00", "not a layout"}
	for _, l := range layouts {
		fmt.Printf("%q\n  %q\n  %q\n", l, t.Format(l), t.In(ny).Format(l))
	}
	fmt.Println(t.In(time.FixedZone("", 3600+30*60+15)).Format(time.RFC1123 + " Z07:00:00 -070000"))
	fmt.Println(string(t.AppendFormat([]byte("at: "), time.Kitchen)))
	fmt.Println(time.Date(2009, 11, 10, 0, 4, 5, 0, time.UTC).Format("3:04 PM 03"))
	fmt.Println(time.Date(9, 2, 3, 12, 0, 0, 0, time.UTC).Format("2006 06 Jan Mon _2 __2 002 3PM"))

	values := [][2]string{
		{time.RFC3339, "2012-11-01T22:08:41+00:00"},
		{time.RFC3339, "2012-11-01T22:08:41Z"},
		{time.RFC3339, "2012-11-01T22:08:41-05:00"},
		{time.RFC3339Nano, "2012-11-01T22:08:41.123456Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:04AM"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "2023-1-01"},
		{"2006-01-02 15:04", "2023-01-01 24:00"},
		{"2006-01-02", "2023-01-01 extra"},
		{"2006-01-02", "20x3-01-01"},
		{"Jan 2, 2006", "feb 3, 2013"},
		{"Monday", "Funday"},
		{"2006 002", "2020 060"},
		{"2006 002", "2020 366"},
		{"2006 002", "2021 366"},
		{"2006 002 01", "2020 060 03"},
		{"15:04:05", "10:30:15.123"},
		{"15:04:05.000", "10:30:15.12"},
		{"15:04:05.999", "10:30:15"},
		{"06", "68"},
		{"06", "69"},
		{"MST", "XYZ"},
		{"MST", "AB"},
		{"-07:00", "+05:30"},
		{"-07:00", "05:30"},
		{"2006-01-02T15:04:05", "2023-06-01T12:00:00"},
		{"", ""},
		{"", "x"},
		{"\"2006\"", "\"2006\""},
		{"pm", "xm"},
	}
	for _, v := range values {
		tt, err := time.Parse(v[0], v[1])
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		name, off := tt.Zone()
		fmt.Println(tt, name, off, tt.Location())
	}
	tt, err := time.ParseInLocation("2006-01-02 15:04", "2021-07-04 12:00", ny)
	fmt.Println(tt, err, tt.Location())
	tt, err = time.ParseInLocation("2006-01-02 15:04 MST", "2021-12-04 12:00 EST", ny)
	fmt.Println(tt, err)
	tt, err = time.ParseInLocation(time.RFC3339, "2021-12-04T12:00:00-05:00", ny)
	fmt.Println(tt, err)
	_, err = time.Parse("2006-01-02", "2023-02-30")
	if pe, ok := err.(*time.ParseError); ok {
		fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
	_, err = time.Parse("2006-01-02", "2023-0x-30")
	pe := err.(*time.ParseError)
	fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	_, err = time.Parse("2006", "\x00é\xff")
	fmt.Println(err)

	durs := []string{"1h2m3s", "1.5h", "-2m30s", "300ms", "1us", "1µs", "1μs", "2ns", ".5s", "1.s",
		"0", "+0", "", "-", "1", "1x", "1h-2m", "9223372036854775807ns", "9223372036854775808ns",
		"-9223372036854775808ns", "2562047h47m16.854775807s", "2562048h", "1.0000000000000000001s", "3h0.5m"}
	for _, s := range durs {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, 1e6, 1500 * time.Millisecond, -90 * time.Minute,
		100 * time.Hour, 1<<63 - 1, -1 << 63} {
		fmt.Println(d, d.String(), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(),
			d.Round(time.Hour), d.Truncate(time.Minute), d.Round(7*time.Millisecond))
	}
	fmt.Printf("%v %s %d\n", time.Second, 3*time.Millisecond, time.Minute)
}
