package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-42", "+7", "0x1f", "0o17", "0b101", "017", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "x", "", " 1", "1e3", "0x", "_1"} {
		v, err := strconv.ParseInt(s, 0, 64)
		v10, err10 := strconv.ParseInt(s, 10, 64)
		v8, err8 := strconv.ParseInt(s, 10, 8)
		fmt.Println(s, v, err, v10, err10, v8, err8)
	}
	for _, s := range []string{"255", "256", "-1", "0xFF", "18446744073709551615", "18446744073709551616"} {
		u, err := strconv.ParseUint(s, 0, 8)
		u64, err64 := strconv.ParseUint(s, 0, 64)
		fmt.Println(s, u, err, u64, err64)
	}
	_, err := strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 37, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
	v, err := strconv.ParseInt("zz", 36, 64)
	fmt.Println(v, err)
	var ne *strconv.NumError
	_, err = strconv.Atoi("12a")
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)
	}
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	for _, s := range []string{"3.14", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "inf", "-Inf", "NaN", "nan", "0x1p-2", "0x1.8p1", "1_000.5", ".5", "5.", "1e", "--1", "Infinity", "+infinity", "0.1e+1", "1.7976931348623157e308", "2.2250738585072014e-308"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, f32, err32)
	}
	fs := []float64{0, -0.0, 1, -1.5, 3.14159265358979, 1e21, 1e20, 123456789, 1e-7, 0.000001, 2.5e-5, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN(), 100, 0.1 + 0.2}
	fs[1] = math.Copysign(0, -1)
	for _, f := range fs {
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, p := range []int{-1, 0, 3, 17} {
				fmt.Print(strconv.FormatFloat(f, fm, p, 64), " ")
			}
		}
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', 2, 64))
	for _, b := range []int{2, 8, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, b), " ", strconv.FormatUint(math.MaxUint64, b), " ")
	}
	fmt.Println()
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -12, 10)
	buf = strconv.AppendUint(buf, 255, 16)
	buf = strconv.AppendFloat(buf, 1.25, 'f', 1, 64)
	buf = strconv.AppendBool(buf, true)
	buf = strconv.AppendQuote(buf, "q\"\n")
	buf = strconv.AppendQuoteRune(buf, '☺')
	buf = strconv.AppendQuoteRuneToASCII(buf, '☺')
	buf = strconv.AppendQuoteToASCII(buf, "日本")
	buf = strconv.AppendQuoteToGraphic(buf, "\u00a0x")
	buf = strconv.AppendQuoteRuneToGraphic(buf, '\u2028')
	fmt.Println(string(buf))
	for _, s := range []string{"hello", "tab\there", "nl\n", "quote\"", "back\\slash", "日本語", "\x00\x07\x1b", "\xff\xfe", "\u00a0", "\u2028", "🎉", "\U0010ffff", "\u0301e"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0x7f, 0xfffd, -1, 0x110000, '\u00ad'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u00e9"`, `"\x41\101"`, `"unterminated`, `'ab'`, `"\q"`, `"a"b"`, `''`, `"\'"`, `'\"'`, "`a\nb`", `"\U0010FFFF"`, `"\ud800"`, `"a\nb"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%s => %q %v\n", s, u, err)
	}
	r, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(r, mb, tail, err)
	_, _, _, err = strconv.UnquoteChar(`\'`, '"')
	fmt.Println(err)
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err, "; ")
	}
	fmt.Println()
	fmt.Println(strconv.Itoa(-0), strconv.Itoa(math.MinInt64), strconv.FormatBool(false), strconv.IntSize)
	fmt.Println(strconv.QuotedPrefix(`"abc"def`))
	fmt.Println(strconv.QuotedPrefix(`abc`))
}
