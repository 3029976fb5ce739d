package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	for _, t := range []time.Time{time.Date(2021, 7, 4, 12, 0, 0, 0, ny), time.Date(2090, 1, 4, 12, 0, 0, 0, ny), time.Date(1800, 1, 1, 0, 0, 0, 0, ny), time.Date(2021, 7, 4, 12, 0, 0, 5, time.UTC)} {
		s, e := t.ZoneBounds()
		fmt.Println(s, "|", e, "|", s.IsZero(), e.IsZero())
		fmt.Println(t.GoString())
	}
	fmt.Println(time.Date(2000, 2, 1, 3, 4, 5, 6, time.FixedZone("X\"Y", 60)).GoString())
	fmt.Println(time.Date(2000, 2, 1, 3, 4, 5, 6, time.Local).GoString())
}
