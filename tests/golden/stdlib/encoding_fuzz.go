package main

// base64 (all Encodings, Strict, WithPadding) and hex decoding and encoding
// of 30,000 random inputs, folded into one hash equal to Go's (error texts
// and positions included).

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	seed := uint64(777)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	alpha := "ABCabc012+/-_=\n\r xyz"
	encs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding,
		base64.StdEncoding.Strict(), base64.StdEncoding.WithPadding('*'), base64.RawURLEncoding.Strict()}
	h := uint64(0)
	for i := 0; i < 30000; i++ {
		n := int(next() % 14)
		b := make([]byte, n)
		for j := range b {
			b[j] = alpha[next()%uint64(len(alpha))]
		}
		e := encs[i%len(encs)]
		out, err := e.DecodeString(string(b))
		s := fmt.Sprintf("%q %v|", out, err)
		hx, err2 := hex.DecodeString(string(b))
		s += fmt.Sprintf("%x %v", hx, err2)
		for _, c := range s {
			h = h*31 + uint64(c)
		}
		if i < 5 {
			fmt.Println(s)
		}
		raw := b
		s2 := e.EncodeToString(raw) + hex.EncodeToString(raw)
		for _, c := range s2 {
			h = h*31 + uint64(c)
		}
	}
	fmt.Println(h)
}
