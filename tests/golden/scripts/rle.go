// rle run-length encodes and decodes strings (rune-aware), checks the
// round trip and reports compression ratios; malformed input gives errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func Encode(s string) string {
	var sb strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if n := j - i; n > 1 {
			sb.WriteString(strconv.Itoa(n))
		}
		sb.WriteRune(runes[i])
		i = j
	}
	return sb.String()
}

var ErrDangling = errors.New("count without a character")

func Decode(s string) (string, error) {
	var sb strings.Builder
	count := 0
	for pos, r := range s {
		if unicode.IsDigit(r) {
			count = count*10 + int(r-'0')
			if count > 1000 {
				return "", fmt.Errorf("at byte %d: run too long", pos)
			}
			continue
		}
		if count == 0 {
			count = 1
		}
		sb.WriteString(strings.Repeat(string(r), count))
		count = 0
	}
	if count != 0 {
		return sb.String(), ErrDangling
	}
	return sb.String(), nil
}

func main() {
	samples := []string{
		"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"abc",
		"aabcccccaaa",
		"",
		"héééllo wörld!!!",
		"🙂🙂🙂🙃",
	}
	for _, s := range samples {
		enc := Encode(s)
		dec, err := Decode(enc)
		ratio := 0.0
		if len(s) > 0 {
			ratio = float64(len(enc)) / float64(len(s))
		}
		fmt.Printf("%q\n  -> %q (%.2f) roundtrip=%v err=%v\n", s, enc, ratio, dec == s, err)
	}
	for _, bad := range []string{"3a2", "9999b", "12x0y"} {
		dec, err := Decode(bad)
		fmt.Printf("decode %q: %q, %v, dangling=%t\n", bad, dec, err, errors.Is(err, ErrDangling))
	}
}
