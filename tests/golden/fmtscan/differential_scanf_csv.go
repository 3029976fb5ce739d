package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
)

var seed uint32 = 3

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 16) % uint32(n))
}

func gen(alphabet string, maxLen int) string {
	n := rnd(maxLen + 1)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(alphabet[rnd(len(alphabet))])
	}
	return b.String()
}

func main() {
	formats := []string{"%d", "%d %d", "%s", "%x", "%o", "%b", "%v %v", "%c%c", "%q", "%t", "%f", "%d,%d", "%5s%d", "%2d%2d", "x%dy", "%e", "%g %s", "%U"}
	for i := 0; i < 400; i++ {
		in := gen("0123 abx-+,\"xy.e\nTtU", 10)
		f := formats[rnd(len(formats))]
		var a, b int
		var s string
		var bl bool
		var fl float64
		var args []interface{}
		switch f {
		case "%s", "%q":
			args = []interface{}{&s}
		case "%t":
			args = []interface{}{&bl}
		case "%f", "%e":
			args = []interface{}{&fl}
		case "%g %s":
			args = []interface{}{&fl, &s}
		case "%5s%d":
			args = []interface{}{&s, &a}
		case "%d", "%x", "%o", "%b", "x%dy", "%U":
			args = []interface{}{&a}
		case "%c%c":
			var r1, r2 rune
			args = []interface{}{&r1, &r2}
		default:
			args = []interface{}{&a, &b}
		}
		n, err := fmt.Sscanf(in, f, args...)
		fmt.Printf("%q %q %d %v %d %d %q %v %v\n", in, f, n, err, a, b, s, bl, fl)
	}
	for i := 0; i < 200; i++ {
		var rec []string
		for j := rnd(4); j >= 0; j-- {
			rec = append(rec, gen("a ,\"\n\r\t\\.", 6))
		}
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		if i%3 == 0 {
			w.Comma = ';'
		}
		if i%4 == 0 {
			w.UseCRLF = true
		}
		w.Write(rec)
		w.Flush()
		r := csv.NewReader(strings.NewReader(buf.String()))
		r.Comma = w.Comma
		back, err := r.Read()
		fmt.Printf("%q %q %q %v\n", rec, buf.String(), back, err)
	}
}
