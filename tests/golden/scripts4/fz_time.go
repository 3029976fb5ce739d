package main

import (
	"fmt"
	"math/rand"
	"time"
)

var toks = []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "002", "__2", "15", "3", "03", "4", "04", "5", "05",
	"PM", "pm", "MST", "Z07:00", "Z0700", "Z07", "-07:00", "-0700", "-07", "-07:00:00", "Z07:00:00", ".000", ".999999999", ",000", ".9", ".000000",
	"Mon", "Monday", " ", "-", ":", "/", "T", "x", "'", "\t"}

func main() {
	r := rand.New(rand.NewSource(9))
	locs := []*time.Location{time.UTC, time.FixedZone("ABC", 5*3600+1800), time.FixedZone("", -7*3600), time.FixedZone("XYZ", -30)}
	for _, n := range []string{"America/New_York", "Asia/Kolkata", "Europe/London", "Australia/Lord_Howe"} {
		l, err := time.LoadLocation(n)
		if err == nil {
			locs = append(locs, l)
		}
	}
	h := uint32(0)
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h = h*16777619 ^ uint32(s[i])
		}
	}
	for i := 0; i < 2000; i++ {
		layout := ""
		for k := r.Intn(7) + 1; k > 0; k-- {
			layout += toks[r.Intn(len(toks))]
		}
		sec := r.Int63n(4e9) - 1e9
		if r.Intn(10) == 0 {
			sec = r.Int63n(1e12) - 5e11
		}
		t := time.Unix(sec, r.Int63n(1e9)).In(locs[r.Intn(len(locs))])
		s := t.Format(layout)
		p, err := time.Parse(layout, s)
		pl, errl := time.ParseInLocation(layout, s, locs[r.Intn(len(locs))])
		out := fmt.Sprintf("%q %q | %v %v | %v %v", layout, s, p, err, pl, errl)
		mix(out)
		if i < 30 {
			fmt.Println(out)
		}
		// mangle
		b := []byte(s)
		if len(b) > 0 {
			b[r.Intn(len(b))] = "0123456789+-:.ZAPMJanT "[r.Intn(23)]
		}
		_, err = time.Parse(layout, string(b))
		mix(fmt.Sprint(err))
		if i < 30 {
			fmt.Println(err)
		}
		d := time.Duration(r.Int63n(1<<62) - 1<<61)
		if r.Intn(2) == 0 {
			d /= time.Duration(1 + r.Int63n(1e9))
		}
		ds := d.String()
		pd, err := time.ParseDuration(ds)
		mix(ds + fmt.Sprint(pd == d, err, d.Round(time.Duration(r.Int63n(1e10))), d.Truncate(time.Millisecond*time.Duration(r.Intn(5000)))))
		y, w := t.ISOWeek()
		mix(fmt.Sprint(y, w, t.YearDay(), t.Weekday(), t.AddDate(r.Intn(5)-2, r.Intn(30)-15, r.Intn(90)-45)))
	}
	fmt.Println("hash", h)
}
