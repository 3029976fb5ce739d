package main

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

var seed uint32 = 12345

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
	for i := 0; i < 400; i++ {
		p := gen("ab./", 12)
		pat := gen("ab*?[]^-\\/", 6)
		m1, e1 := path.Match(pat, p)
		rel, e2 := filepath.Rel(gen("ab./", 6), gen("ab./", 6))
		fmt.Println(path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), m1, e1, rel, e2)
	}
	for i := 0; i < 300; i++ {
		s := gen("QUJDZGVm=\n\r!_-+/", 14)
		d, err := base64.StdEncoding.DecodeString(s)
		d2, err2 := base64.RawURLEncoding.DecodeString(s)
		h, err3 := hex.DecodeString(gen("0123abcfgZ", 7))
		fmt.Printf("%q %v %q %v %x %v\n", d, err, d2, err2, h, err3)
	}
	for i := 0; i < 300; i++ {
		in := gen("ab,\"\n \r#", 20)
		r := csv.NewReader(strings.NewReader(in))
		r.FieldsPerRecord = -1
		if i%3 == 0 {
			r.LazyQuotes = true
		}
		if i%4 == 0 {
			r.TrimLeadingSpace = true
		}
		if i%5 == 0 {
			r.Comment = '#'
		}
		recs, err := r.ReadAll()
		fmt.Printf("%q %q %v\n", in, recs, err)
	}
	for i := 0; i < 300; i++ {
		in := gen("12 -+x0.e\nab", 12)
		var a int
		var f float64
		var s string
		n, err := fmt.Sscan(in, &a, &f, &s)
		n2, err2 := fmt.Sscanf(in, "%d %s", &a, &s)
		n3, err3 := fmt.Sscanln(in, &a, &s)
		fmt.Println(n, err, a, f, s, n2, err2, n3, err3)
	}
	for i := 0; i < 200; i++ {
		a := []byte(gen("ab c", 10))
		b := []byte(gen("ab c", 3))
		fmt.Printf("%q %q %d %v %q %q\n", bytes.Split(a, b), bytes.Fields(a), bytes.Index(a, b), bytes.HasPrefix(a, b), bytes.TrimSpace(a), bytes.ReplaceAll(a, b, []byte("X")))
	}
}
