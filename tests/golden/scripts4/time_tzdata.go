package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	data, err := os.ReadFile("/usr/share/zoneinfo/Europe/Paris")
	if err != nil {
		fmt.Println("no zoneinfo:", err)
		return
	}
	loc, err := time.LoadLocationFromTZData("Paris", data)
	fmt.Println(loc, err)
	for _, m := range []time.Month{1, 7} {
		t := time.Date(2024, m, 1, 12, 0, 0, 0, loc)
		fmt.Println(t, t.UTC())
	}
	_, err = time.LoadLocationFromTZData("bad", []byte("TZif garbage"))
	fmt.Println(err)
	_, err = time.LoadLocationFromTZData("empty", nil)
	fmt.Println(err)
	l2, err := time.LoadLocationFromTZData("", data[:len(data)])
	fmt.Printf("%q %v\n", l2.String(), err)
}
