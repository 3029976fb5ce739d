package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"strings"
)

type chunky struct {
	s string
	r *rand.Rand
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, io.EOF
	}
	n := 1 + c.r.Intn(7)
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.s) {
		n = len(c.s)
	}
	copy(p, c.s[:n])
	c.s = c.s[n:]
	if len(c.s) == 0 && c.r.Intn(2) == 0 {
		return n, io.EOF
	}
	return n, nil
}

type Ev struct {
	ID   int            `json:"id"`
	Tags []string       `json:"tags"`
	M    map[string]any `json:"m"`
}

func main() {
	r := rand.New(rand.NewSource(21))
	docs := []string{`{"id":1}`, `{"id":2,"tags":["a","b"]}`, `[1,2,3]`, `"str"`, `12.5e3`, `null`, `true`, `{"m":{"x":[{},[]]}}`, `{"id":"bad"}`, `{"id":3,}`, `{"id":4}`, `  `, `{"id`, `[`, `nul`}
	for i := 0; i < 300; i++ {
		var parts []string
		for k := r.Intn(5) + 1; k > 0; k-- {
			parts = append(parts, docs[r.Intn(len(docs))])
		}
		in := strings.Join(parts, []string{" ", "\n", "", "\t "}[r.Intn(4)])
		d := json.NewDecoder(&chunky{in, r})
		if r.Intn(3) == 0 {
			d.UseNumber()
		}
		if r.Intn(3) == 0 {
			d.DisallowUnknownFields()
		}
		var out []string
		for k := 0; k < 8; k++ {
			var err error
			if r.Intn(3) == 0 {
				var t json.Token
				t, err = d.Token()
				out = append(out, fmt.Sprintf("tok %T %v %v more=%v", t, t, err, d.More()))
			} else if r.Intn(2) == 0 {
				var e Ev
				err = d.Decode(&e)
				out = append(out, fmt.Sprintf("ev %+v %v off=%d", e, err, d.InputOffset()))
			} else {
				var v any
				err = d.Decode(&v)
				out = append(out, fmt.Sprintf("any %v %v off=%d", v, err, d.InputOffset()))
			}
			if err != nil {
				break
			}
		}
		rest, _ := io.ReadAll(d.Buffered())
		fmt.Printf("%q => %q | %q\n", in, out, rest)
	}
}
