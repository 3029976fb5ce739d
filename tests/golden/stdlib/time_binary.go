package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	for _, t := range []time.Time{time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC), time.Date(2020, 7, 2, 3, 4, 5, 6, ny),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("odd", 3600+30)), {}} {
		b, err := t.MarshalBinary()
		fmt.Println(b, err)
		var u time.Time
		fmt.Println(u.UnmarshalBinary(b), u, u.Equal(t))
		g, _ := t.GobEncode()
		var v time.Time
		fmt.Println(v.GobDecode(g), v.Location())
	}
	var u time.Time
	fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{3}), u.UnmarshalBinary([]byte{1, 2}))
}
