// strconv_more.go - UnquoteChar, QuotedPrefix, the *ToGraphic quoting, IsGraphic
// and the Append* functions.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`\u263a rest`, `\x41B`, `\101x`, `\\a`, `\'`, `\"`, `é!`, "\xffz", `\q`, `"`, ``, `\U0010FFFF`, `\ud800`} {
		for _, q := range []byte{'"', '\'', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("%q %q: %d %v %q %v\n", s, q, v, mb, tail, err)
		}
	}
	for _, s := range []string{`"abc" rest`, `"a\"b"x`, "`raw` x", `'x' y`, `'xy'`, `"open`, `x"y"`, `""`, `"\q"`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q -> %q %v\n", s, p, err)
	}
	s := "a\u00a0b\u2003c\u3000d\x01\u00ad"
	fmt.Println(strconv.QuoteToGraphic(s), strconv.Quote(s), strconv.QuoteRuneToGraphic('\u00a0'), strconv.QuoteRuneToGraphic('\u00ad'))
	fmt.Println(strconv.IsGraphic('\u00a0'), strconv.IsGraphic('\u00ad'), strconv.IsGraphic('a'))
	b := strconv.AppendUint(nil, 255, 16)
	b = strconv.AppendBool(b, false)
	b = strconv.AppendFloat(b, 1.5, 'e', -1, 32)
	b = strconv.AppendQuoteToASCII(b, "é")
	b = strconv.AppendQuoteToGraphic(b, "\u00a0")
	b = strconv.AppendQuoteRune(b, 'é')
	b = strconv.AppendQuoteRuneToASCII(b, 'é')
	b = strconv.AppendQuoteRuneToGraphic(b, '\u3000')
	fmt.Println(string(b))
}
