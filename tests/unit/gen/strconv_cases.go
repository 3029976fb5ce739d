// strconv_cases.go generates tests/unit/strconv_cases.inc: strconv cases
// for test_fmt.c with the results real Go gives.
//
//	go run tests/unit/gen/strconv_cases.go > tests/unit/strconv_cases.inc
//
// Each case is {op, input, a, b, want}; test_fmt.c runs op the same way
// and renders the result as "value|error text".
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
)

type tcase struct {
	op    string
	in    string
	a, b  int
	want  string
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func cstr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x7f || c == '?':
			fmt.Fprintf(&b, "\\%03o", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func main() {
	var cs []tcase
	add := func(op, in string, a, b int, want string) { cs = append(cs, tcase{op, in, a, b, want}) }
	ints := []string{"0", "42", "-42", "+7", "", "-", "+", "abc", "12a", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "99999999999999999999", "0x1f", "0X1F", "0b101", "0o17", "017", "0_1", "1_000",
		"0x_1f", "0x1__f", "_1", "1_", "0x", "08", "127", "128", "-129", "255", "256", "zz", "ZZ", "1 ", " 1", "٣"}
	for _, s := range ints {
		for _, bb := range [][2]int{{10, 0}, {0, 0}, {16, 64}, {0, 8}, {36, 16}, {2, 32}, {1, 0}, {37, 0}, {10, 65}, {10, -1}} {
			v, err := strconv.ParseInt(s, bb[0], bb[1])
			add("ParseInt", s, bb[0], bb[1], fmt.Sprintf("%d|%s", v, errText(err)))
			u, err := strconv.ParseUint(s, bb[0], bb[1])
			add("ParseUint", s, bb[0], bb[1], fmt.Sprintf("%d|%s", u, errText(err)))
		}
		v, err := strconv.Atoi(s)
		add("Atoi", s, 0, 0, fmt.Sprintf("%d|%s", v, errText(err)))
	}
	floats := []string{"0", "1", "-1", "+1.5", "1e10", "1E-10", "1e400", "-1e400", "1e-400", "inf", "+Inf", "-infinity", "INFINITY", "infin",
		"nan", "NaN", "-nan", "+nan", "1_000.5", "0x1p-2", "0x1.8p3", "0X1P+2", "0x1", "0x_1p0", "1.5e", "1e+", ".5", "5.", ".", "",
		"e5", "1.2.3", "0.1", "3.4028235e38", "3.5e38", "1.7976931348623157e308", "1.8e308", "4.9e-324", "2e-324", "123456789012345678901234567890",
		"0.000000000000000000000000000001", "1__0", "1_0", "0x1.fffffffffffff8p1023", "1e", "abc", "1.0e+01", "00012", "-0", "0x15", "1_0.5", "2.2250738585072011e-308"}
	for _, s := range floats {
		for _, bits := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bits)
			add("ParseFloat", s, bits, 0, fmt.Sprintf("%s|%s", strconv.FormatFloat(v, 'g', -1, 64), errText(err)))
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "", "tRUE"} {
		v, err := strconv.ParseBool(s)
		add("ParseBool", s, 0, 0, fmt.Sprintf("%v|%s", v, errText(err)))
	}
	strs := []string{"", "hello", "a\"b\\c", "\a\b\f\n\r\t\v", "\x02\x01\x1f\x7f", "\xff", "a\xc3", "héllo", "日本", "\u2028\u00ad", "\U0001F600",
		"\ufeff", "`", "\u0378", "\U000E0001", "\u00a0\u3000", "\x80\xbf"}
	for _, s := range strs {
		add("Quote", s, 0, 0, strconv.Quote(s))
		add("QuoteToASCII", s, 0, 0, strconv.QuoteToASCII(s))
		add("CanBackquote", s, 0, 0, fmt.Sprint(strconv.CanBackquote(s)))
	}
	for _, r := range []int{0, 7, 'a', '\'', '"', '\\', 0xe9, 0x2028, 0x1F600, -1, 0xD800, 0x110000, 0xfffd, 0x7f, 0xad} {
		add("QuoteRune", "", r, 0, strconv.QuoteRune(rune(r)))
		add("QuoteRuneToASCII", "", r, 0, strconv.QuoteRuneToASCII(rune(r)))
		add("IsPrint", "", r, 0, fmt.Sprint(strconv.IsPrint(rune(r))))
	}
	for _, s := range []string{`"abc"`, `"a\nb"`, `"\x41\u00e9\U0001F600\101"`, `'a'`, `'ab'`, `''`, `'\''`, `"\'"`, `'\"'`, "`raw\\n`", "`a\rb`",
		`"unterminated`, `"a"b"`, `abc`, `"`, `"\400"`, `"\xZZ"`, `"\ud800"`, "\"a\nb\"", `'\x80'`, `"\x80"`, "\"\xff\"", "'\xff'", `"é"`, `'é'`, `'\u00e9'`} {
		v, err := strconv.Unquote(s)
		add("Unquote", s, 0, 0, fmt.Sprintf("%s|%s", v, errText(err)))
	}
	ffs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 123456789, 1e-7, 5e-324, math.MaxFloat64, 1.5, 2.5, 0.125,
		1234.5678, 9.999999, 0.00001234, 100, math.Pi, math.Inf(1), math.Inf(-1), math.NaN(), 3.4028234663852886e38, 1e23, 8.41e21, 5.0e-1}
	for _, f := range ffs {
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 1, 5, 17, 25} {
				for _, bits := range []int{64, 32} {
					add("FormatFloat", fmt.Sprint(f), int(fm)<<8|(prec+1), bits, strconv.FormatFloat(f, fm, prec, bits))
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 800; i++ {
		f := math.Float64frombits(rng.Uint64())
		if i%3 == 1 {
			f = float64(math.Float32frombits(rng.Uint32()))
		}
		if i%3 == 2 {
			f = float64(rng.Int63n(1000000)) / math.Pow(10, float64(rng.Intn(12)))
		}
		add("FormatFloat", strconv.FormatFloat(f, 'g', -1, 64), int('g')<<8|0, 64, strconv.FormatFloat(f, 'g', -1, 64))
		add("FormatFloat", strconv.FormatFloat(f, 'g', -1, 64), int('e')<<8|0, 32, strconv.FormatFloat(f, 'e', -1, 32))
		add("FormatFloat", strconv.FormatFloat(f, 'g', -1, 64), int('e')<<8|(rng.Intn(20)+1), 64, "")
		c := &cs[len(cs)-1]
		c.want = strconv.FormatFloat(f, 'e', (c.a&0xff)-1, 64)
	}
	for _, v := range []int64{0, 1, -1, 35, 36, math.MaxInt64, math.MinInt64, 255} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			add("FormatInt", fmt.Sprint(v), base, 0, strconv.FormatInt(v, base))
		}
	}
	fmt.Println("// Generated by tests/unit/gen/strconv_cases.go from Go 1.19; do not edit.")
	for _, c := range cs {
		fmt.Printf("{%s, %s, %d, %d, %s},\n", cstr(c.op), cstr(c.in), c.a, c.b, cstr(c.want))
	}
}
