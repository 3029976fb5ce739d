// sscanf_records.go - parsing fixed-format lines with fmt.Sscanf and
// fmt.Sscan, with the errors for malformed input.
package main

import (
	"fmt"
	"strings"
)

type Reading struct {
	Sensor string
	ID     int
	Temp   float64
	OK     bool
}

func main() {
	lines := []string{
		"sensor=kitchen id=3 temp=21.5 ok=true",
		"sensor=garage id=7 temp=-4.25 ok=false",
		"sensor=attic id=x temp=30 ok=true",
		"sensor=cellar id=9 temp=12",
		"sensor=porch id=11 temp=1e1 ok=T",
	}
	for _, l := range lines {
		var r Reading
		n, err := fmt.Sscanf(l, "sensor=%s id=%d temp=%g ok=%t", &r.Sensor, &r.ID, &r.Temp, &r.OK)
		fmt.Printf("n=%d err=%v %+v\n", n, err, r)
	}
	var name string
	var age int
	var height float64
	n, err := fmt.Sscan("  ann \n 41   1.68 extra", &name, &age, &height)
	fmt.Println(n, err, name, age, height)
	n, err = fmt.Sscanln("bob 52\n1.80", &name, &age, &height)
	fmt.Println(n, err, name, age)
	var h, m, s int
	n, err = fmt.Sscanf("12:34:56", "%d:%d:%d", &h, &m, &s)
	fmt.Println(n, err, h*3600+m*60+s)
	var hex, oct int
	var word string
	n, err = fmt.Sscanf("ff 0o17 hello", "%x %v %5s", &hex, &oct, &word)
	fmt.Println(n, err, hex, oct, word)
	var c1, c2 rune
	n, err = fmt.Sscanf("a→", "%c%c", &c1, &c2)
	fmt.Println(n, err, string(c1), string(c2))
	var q string
	n, err = fmt.Sscanf(`"quoted string" rest`, "%q", &q)
	fmt.Println(n, err, q)
	var u8 uint8
	_, err = fmt.Sscan("300", &u8)
	fmt.Println(err)
	_, err = fmt.Sscanf("abc", "%d", &age)
	fmt.Println(err)
	_, err = fmt.Sscanf("5 6", "%d,%d", &h, &m)
	fmt.Println(err)
	var total int
	rd := strings.NewReader("1 2 3 4 5")
	for {
		var v int
		if _, err := fmt.Fscan(rd, &v); err != nil {
			fmt.Println("stop:", err)
			break
		}
		total += v
	}
	fmt.Println("total", total)
}
