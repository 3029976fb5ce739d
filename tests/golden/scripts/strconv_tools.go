// strconv_tools is a number-format converter: it prints values in several
// bases, quotes and unquotes strings, formats floats with each verb and
// precision, and reports parse errors, all through strconv.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int64{0, 7, 255, -255, 1 << 40, -9223372036854775808} {
		fmt.Printf("%-22d bin=%s oct=%s hex=%s b36=%s\n", n,
			strconv.FormatInt(n, 2), strconv.FormatInt(n, 8), strconv.FormatInt(n, 16), strconv.FormatInt(n, 36))
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 16), strconv.Itoa(-42)+"!")

	inputs := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"0xff", 0, 64}, {"0b1010", 0, 8}, {"0o17", 0, 64}, {"-128", 10, 8},
		{"128", 10, 8}, {"1_000_000", 0, 64}, {"1_000", 10, 64}, {"zz", 36, 64}, {"12a", 10, 64}, {"", 10, 64},
	}
	for _, in := range inputs {
		v, err := strconv.ParseInt(in.s, in.base, in.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", in.s, in.base, in.bits, v, err)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)

	for _, s := range []string{"hello", "tab\tnew\nline", `quote"s`, "ünïcode ☃", "\x00\x7f", "emoji 🙂"} {
		q := strconv.Quote(s)
		back, err := strconv.Unquote(q)
		fmt.Printf("%-28s ascii=%s ok=%t\n", q, strconv.QuoteToASCII(s), back == s && err == nil)
	}
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"unterminated`, `noquotes`, `"\u00e9"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, v, err)
	}
	fmt.Println(strconv.QuoteRune('☃'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('é'))

	for _, f := range []float64{0, 1, -2.5, 3.14159265358979, 1e21, 1.5e-7, 123456789.125} {
		fmt.Printf("%-16s %-14s %-12s %-22s %s\n",
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 64),
			strconv.FormatFloat(f, 'g', 4, 32))
	}
	for _, s := range []string{"3.25", "1e3", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1e400", ".5", "5.", "1,5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	for _, s := range []string{"true", "T", "0", "FALSE", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err, "; ")
	}
	fmt.Println()
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -17, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf), strconv.FormatBool(false))
}
