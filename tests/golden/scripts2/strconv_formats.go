// strconv_formats.go - formatting and parsing numbers and strings the
// way config tools and serializers do.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0x1F", "0b1011", "0o17", "1_000_000", "99999999999999999999", "", " 7", "3.0"} {
		v, err := strconv.ParseInt(s, 0, 64)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%-22q err func=%s num=%q err=%v range=%v\n", s, ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
			continue
		}
		fmt.Printf("%-22q %d\n", s, v)
	}
	for _, base := range []int{2, 8, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, base), " ", strconv.FormatUint(1<<64-1, base), " ")
	}
	fmt.Println()
	for _, f := range []float64{3.14159, 1e21, 1e-7, 0.000001, 123456789, -0.0, 2.5, 1.0 / 3} {
		fmt.Printf("%s %s %s %s %s\n", strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 32), strconv.FormatFloat(f, 'G', 4, 64))
	}
	for _, s := range []string{"1e308", "1e309", "-1e-400", "inf", "-Infinity", "nan", "0x1p-2", "1.5e", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	q := strconv.Quote("tab\there \"quoted\" ☺ \x00 \u2028")
	fmt.Println(q, strconv.QuoteToASCII("☺ é"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\n'))
	for _, s := range []string{q, "`raw\\n`", `'x'`, `"bad`, `"\q"`, `'ab'`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	b := []byte("n=")
	b = strconv.AppendInt(b, -12, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendFloat(append(b, ' '), 0.1, 'f', 3, 64)
	fmt.Println(string(b), strconv.Itoa(-9), strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"))
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, err)
}
