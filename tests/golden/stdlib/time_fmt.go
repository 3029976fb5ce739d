package main

import (
	"fmt"
	"time"
)

type Ev struct {
	At  time.Time
	D   time.Duration
	M   time.Month
	W   time.Weekday
	Loc *time.Location
}

func main() {
	e := Ev{time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC), time.Second, time.May, time.Friday, time.UTC}
	fmt.Println(e)
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Println([]time.Time{e.At}, map[string]time.Duration{"a": time.Minute})
	fmt.Printf("%s %d %v %q\n", e.At, e.M, e.W, e.D)
	fmt.Printf("%#v\n", e.At)
	var zero time.Time
	fmt.Printf("%v|%s\n", zero, zero.Format(time.Kitchen))
}
