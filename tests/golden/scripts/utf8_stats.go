// utf8_stats computes text statistics over multilingual text: bytes vs
// runes, character classes with unicode, rune decoding/encoding with
// unicode/utf8, invalid sequences, and a per-script letter tally.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

const sample = "Hello, Wörld! Ünïcödé façade — naïve café.\n" +
	"Ελληνικά κείμενα, русский текст и 日本語のテキスト。\n" +
	"Emoji: 👍🏽 ok ✓; digits: 0123 ٤٥٦ ½\tTAB"

type stats struct {
	letters, upper, lower, digits, spaces, punct, other int
}

func classify(s string) stats {
	var st stats
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			st.letters++
			if unicode.IsUpper(r) {
				st.upper++
			} else if unicode.IsLower(r) {
				st.lower++
			}
		case unicode.IsDigit(r):
			st.digits++
		case unicode.IsSpace(r):
			st.spaces++
		case unicode.IsPunct(r):
			st.punct++
		default:
			st.other++
		}
	}
	return st
}

func widths(s string) [5]int {
	var w [5]int
	for _, r := range s {
		w[utf8.RuneLen(r)]++
	}
	return w
}

func main() {
	fmt.Println("bytes:", len(sample), "runes:", utf8.RuneCountInString(sample), "valid:", utf8.ValidString(sample))
	fmt.Printf("%+v\n", classify(sample))
	w := widths(sample)
	for n := 1; n <= 4; n++ {
		fmt.Printf("%d-byte runes: %d\n", n, w[n])
	}
	for i, line := range strings.Split(sample, "\n") {
		fmt.Printf("line %d: %2d runes, upper=%q\n", i+1, utf8.RuneCountInString(line), strings.ToUpper(line[:12]))
	}

	word := "naïve"
	for i := 0; i < len(word); {
		r, size := utf8.DecodeRuneInString(word[i:])
		fmt.Printf("  byte %d: %q U+%04X size %d\n", i, r, r, size)
		i += size
	}
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'é', '€', '🙂'} {
		var tmp [4]byte
		n := utf8.EncodeRune(tmp[:], r)
		buf = append(buf, tmp[:n]...)
		fmt.Printf("%c -> % x\n", r, tmp[:n])
	}
	fmt.Println(string(buf), len(buf), utf8.RuneCount(buf))

	bad := "ok\xffbad\xc3"
	fmt.Println("invalid valid?", utf8.ValidString(bad), "runes", utf8.RuneCountInString(bad))
	for i, r := range bad {
		if r == utf8.RuneError {
			fmt.Println("  RuneError at byte", i)
		}
	}
	r, size := utf8.DecodeRuneInString("")
	fmt.Println("empty decode:", r, size, r == utf8.RuneError)

	rev := []rune("¡Hola, 世界!")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println("reversed:", string(rev))
	fmt.Println(strings.Map(unicode.ToUpper, "straße ǆ"), string(unicode.ToLower('Σ')), unicode.IsLetter('_'))
	fmt.Println(utf8.RuneLen(-1), utf8.UTFMax, string(rune(65)), []byte("é"), []rune("é"))
}
