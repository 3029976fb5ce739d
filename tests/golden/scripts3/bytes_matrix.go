// bytes_matrix.go - the bytes functions mirroring strings over a matrix of
// inputs (Unicode spaces, title case, invalid UTF-8) and separators.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	ins := []string{"", " ", "a", "a b", " a  b ", "héllo wörld", "a,b,,c,", "\u00a0x\u2003y\t", "ÀÉÎ", "ǅ ǈ", "\xff\xfe", "abcabc", "ſ", "K"}
	seps := []string{"", ",", "b", "bc", " ", "é", "\xff"}
	for _, s := range ins {
		b := []byte(s)
		fmt.Printf("%q F=%q U=%q L=%q T=%q TS=%q\n", s, bytes.Fields(b), bytes.ToUpper(b), bytes.ToLower(b), bytes.ToTitle(b), bytes.TrimSpace(b))
		fmt.Printf("  title=%q valid=%q runes=%d\n", bytes.Title(b), bytes.ToValidUTF8(b, []byte("?")), len(bytes.Runes(b)))
		for _, sep := range seps {
			p := []byte(sep)
			fmt.Printf("  %q: S=%q SA=%q SN=%q I=%d LI=%d IA=%d LIA=%d C=%d HP=%v CT=%v EF=%v TL=%q TR=%q\n", sep,
				bytes.Split(b, p), bytes.SplitAfter(b, p), bytes.SplitN(b, p, 2), bytes.Index(b, p), bytes.LastIndex(b, p),
				bytes.IndexAny(b, sep), bytes.LastIndexAny(b, sep), bytes.Count(b, p), bytes.HasPrefix(b, p),
				bytes.Contains(b, p), bytes.EqualFold(b, p), bytes.TrimLeft(b, sep), bytes.TrimRight(b, sep))
		}
		fmt.Printf("  IR=%d IF=%d LIF=%d IB=%d\n", bytes.IndexRune(b, 'b'), bytes.IndexFunc(b, unicode.IsUpper), bytes.LastIndexFunc(b, unicode.IsSpace), bytes.IndexByte(b, ','))
	}
	fmt.Println(bytes.EqualFold([]byte("ſ"), []byte("S")), bytes.EqualFold([]byte("K"), []byte("k")), bytes.IndexRune([]byte("a\xffb"), unicode.ReplacementChar), bytes.IndexRune([]byte("ab"), -1))
}
