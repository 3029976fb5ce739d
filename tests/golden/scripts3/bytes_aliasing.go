// bytes_aliasing.go - bytes functions returning subslices share the input's
// array as in Go: Split (tight inner pieces, the last keeping the capacity),
// the empty-separator explode keeping invalid bytes, Fields, the Trim family
// (and which of them return nil), Cut; writes through a piece show in s.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, orig []byte, r [][]byte) {
	fmt.Printf("%-12s", name)
	for _, p := range r {
		alias := false
		for i := range orig {
			if len(p) > 0 && &p[0] == &orig[i] {
				alias = true
			}
		}
		fmt.Printf(" %q(nil=%v,cap=%d,alias=%v)", p, p == nil, cap(p), alias)
	}
	fmt.Println()
}

func main() {
	for _, s := range []string{"  a,b  ", "xx", "  ", "a\xffb", ""} {
		b := []byte(s + "!!!!")[:len(s)]
		if len(b) == 0 {
			b = make([]byte, 0, 4)
		}
		orig := b[:cap(b)]
		if len(orig) == 0 {
			continue
		}
		fmt.Printf("== %q\n", s)
		show("Split", orig, bytes.Split(b, []byte(",")))
		show("SplitE", orig, bytes.Split(b, nil))
		show("SplitN", orig, bytes.SplitN(b, []byte(","), 1))
		show("SplitAfter", orig, bytes.SplitAfter(b, []byte(",")))
		show("Fields", orig, bytes.Fields(b))
		show("FieldsFunc", orig, bytes.FieldsFunc(b, func(r rune) bool { return r == ',' }))
		show("TrimSpace", orig, [][]byte{bytes.TrimSpace(b)})
		show("Trim", orig, [][]byte{bytes.Trim(b, " ")})
		show("TrimLeft", orig, [][]byte{bytes.TrimLeft(b, " x")})
		show("TrimRight", orig, [][]byte{bytes.TrimRight(b, " x")})
		show("TrimFunc", orig, [][]byte{bytes.TrimFunc(b, unicode.IsSpace)})
		show("TrimPrefix", orig, [][]byte{bytes.TrimPrefix(b, []byte(" "))})
		show("TrimSuffix", orig, [][]byte{bytes.TrimSuffix(b, []byte(" "))})
		be, af, _ := bytes.Cut(b, []byte(","))
		show("Cut", orig, [][]byte{be, af})
		parts := bytes.Split(b, []byte(","))
		parts[0] = append(parts[0], '#')
		fields := bytes.Fields(b)
		if len(fields) > 0 {
			fields[0][0] = '@'
		}
		fmt.Printf("after writes through the pieces: %q\n", orig)
	}
}
