// fmt_cases.go generates tests/unit/fmt_cases.inc: Sprintf/Sprint/Sprintln
// cases for test_fmt.c with the output real Go prints.
//
//	go run tests/unit/gen/fmt_cases.go > tests/unit/fmt_cases.inc
//
// Operands are written as "kind:text" specs that test_fmt.c decodes the
// same way (see make_arg there).
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Point struct{ X, Y int }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type inner struct {
	Name string
	Tags []string
	M    map[string]int
}

func parseFloat(s string) float64 {
	switch s {
	case "NaN":
		return math.NaN()
	case "-0":
		return math.Copysign(0, -1)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return f
}

func atoi(s string) int64 { n, _ := strconv.ParseInt(s, 10, 64); return n }
func atou(s string) uint64 { n, _ := strconv.ParseUint(s, 10, 64); return n }

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func makeArg(spec string) interface{} {
	if spec == "nil" {
		return nil
	}
	kind, text, _ := strings.Cut(spec, ":")
	switch kind {
	case "i":
		return int(atoi(text))
	case "i8":
		return int8(atoi(text))
	case "i64":
		return atoi(text)
	case "r":
		return rune(atoi(text))
	case "u":
		return uint(atou(text))
	case "u8":
		return uint8(atou(text))
	case "u64":
		return atou(text)
	case "f":
		return parseFloat(text)
	case "f32":
		return float32(parseFloat(text))
	case "s":
		return text
	case "b":
		return text == "true"
	case "ints":
		var r []int
		for _, x := range list(text) {
			r = append(r, int(atoi(x)))
		}
		return r
	case "nilints":
		return []int(nil)
	case "strs":
		return list(text)
	case "bytes":
		return []byte(text)
	case "floats":
		var r []float64
		for _, x := range list(text) {
			r = append(r, parseFloat(x))
		}
		return r
	case "arr3":
		var a [3]int
		for i, x := range list(text) {
			a[i] = int(atoi(x))
		}
		return a
	case "msi":
		m := map[string]int{}
		for _, kv := range list(text) {
			k, v, _ := strings.Cut(kv, "=")
			m[k] = int(atoi(v))
		}
		return m
	case "mis":
		m := map[int]string{}
		for _, kv := range list(text) {
			k, v, _ := strings.Cut(kv, "=")
			m[int(atoi(k))] = v
		}
		return m
	case "mfb":
		m := map[float64]bool{}
		for _, kv := range list(text) {
			k, v, _ := strings.Cut(kv, "=")
			m[parseFloat(k)] = v == "true"
		}
		return m
	case "nilmap":
		return map[string]int(nil)
	case "pt":
		xy := list(text)
		return Point{int(atoi(xy[0])), int(atoi(xy[1]))}
	case "ppt":
		xy := list(text)
		return &Point{int(atoi(xy[0])), int(atoi(xy[1]))}
	case "nilppt":
		return (*Point)(nil)
	case "pts":
		var r []Point
		for _, xy := range list(text) {
			a, b, _ := strings.Cut(xy, "/")
			r = append(r, Point{int(atoi(a)), int(atoi(b))})
		}
		return r
	case "pptrs":
		var r []*Point
		for _, xy := range list(text) {
			a, b, _ := strings.Cut(xy, "/")
			r = append(r, &Point{int(atoi(a)), int(atoi(b))})
		}
		return r
	case "err":
		return errors.New(text)
	case "cel":
		return Celsius(parseFloat(text))
	case "cels":
		var r []Celsius
		for _, x := range list(text) {
			r = append(r, Celsius(parseFloat(x)))
		}
		return r
	case "ifaces":
		var r []interface{}
		for _, x := range strings.Split(text, ";") {
			r = append(r, makeArg(x))
		}
		return r
	case "inner":
		return inner{Name: text, Tags: []string{"a", "b"}, M: map[string]int{"z": 26, "a": 1}}
	case "anon":
		return struct {
			A int
			B string
			c bool
		}{int(atoi(text)), "x", true}
	}
	panic("bad spec " + spec)
}

type tcase struct {
	mode   byte // 'f' Sprintf, 'p' Sprint, 'l' Sprintln
	format string
	args   []string
}

func cases() []tcase {
	var cs []tcase
	f := func(format string, args ...string) { cs = append(cs, tcase{'f', format, args}) }
	// integers: verbs x flags x widths
	for _, v := range []string{"i:0", "i:42", "i:-42", "i64:9223372036854775807", "i64:-9223372036854775808", "u64:18446744073709551615", "i8:-7", "u8:200"} {
		for _, fm := range []string{"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%O", "%b", "%#b", "%.3d", "%8.3d", "%-8.3d|", "%+.3d", "%08.3d", "%v", "%#v", "%x", "%#X", "%c", "%q", "%U", "%#U", "%s", "%t", "%e", "% 05d", "%+05d", "%.0d"} {
			f(fm, v)
		}
	}
	f("%c %c %c", "r:65", "r:233", "r:128512")
	f("%q %+q %#q", "r:233", "r:233", "r:10")
	f("%U %#U %#U", "r:128512", "r:65", "r:10")
	f("%c %q %U", "r:-1", "r:1114112", "r:55296")
	f("%x %X %#x", "u64:3735928559", "u64:3735928559", "u64:0")
	// floats
	for _, v := range []string{"f:0", "f:-0", "f:1", "f:3", "f:3.14159", "f:-2.5", "f:1e6", "f:1e21", "f:1e20", "f:123456789", "f:1e-5", "f:0.0001", "f:1e-7", "f:123.456e100", "f:5e-324", "f:1.7976931348623157e308", "f:0.1", "f:0.3", "f:2.675", "f:100000", "f:1234567", "f:NaN", "f:+Inf", "f:-Inf", "f32:0.1", "f32:3.4028235e38", "f32:16777216", "f32:1e-7"} {
		for _, fm := range []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%.0f", "%.3e", "%.3g", "%10.3f|", "%-10.3f|", "%010.3f", "%+.2f", "% .2f", "%#g", "%#.3g", "%#v", "%#.0f", "%#.0e", "%.10g", "%b", "%x", "%X", "%.3x", "%08v", "%+v", "%d", "%.20f", "%.17g", "%5.1f|", "%s"} {
			f(fm, v)
		}
	}
	// strings
	for _, v := range []string{"s:", "s:hello", "s:héllo wörld", "s:tab\there", "s:new\nline", "s:quote\"back\\", "s:\x01\x07\x7f", "s:\xff\xfeok", "s:日本語", "s:`raw`", "s:\u2028x", "s:\U0001F600", "s:\ufeff"} {
		for _, fm := range []string{"%s", "%v", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x", "%10s|", "%-10s|", "%.2s", "%.3q", "%5.1s|", "%#v", "%d", "%010s", "%T"} {
			f(fm, v)
		}
	}
	// bools, nil
	for _, v := range []string{"b:true", "b:false"} {
		for _, fm := range []string{"%t", "%v", "%6t|", "%-6v|", "%d", "%s", "%#v", "%q"} {
			f(fm, v)
		}
	}
	for _, fm := range []string{"%v", "%d", "%s", "%T", "%p", "%x", "%10v|", "%+v", "%#v"} {
		f(fm, "nil")
	}
	// composites
	for _, v := range []string{"ints:1,2,3", "ints:", "nilints:", "strs:a,b c,", "strs:x", "bytes:hi!", "bytes:", "floats:1.5,2,1e6,NaN", "arr3:1,2", "msi:b=2,a=1,c=3", "msi:", "nilmap:", "mis:3=c,1=a,-2=z,10=t", "mfb:2.5=true,NaN=false,-1=true,+Inf=false", "pt:1,2", "ppt:3,4", "nilppt:", "pts:1/2,3/4", "err:boom", "cel:21.5", "cels:1,2.5", "ifaces:i:1;s:a;nil;f:2.5;b:true;pt:5,6;cel:3", "inner:n", "anon:7"} {
		for _, fm := range []string{"%v", "%+v", "%#v", "%d", "%s", "%q", "%x", "%X", "%T", "%5v|", "%05d", "%.1f", "%t"} {
			f(fm, v)
		}
	}
	// Printf errors
	f("%!")
	f("%d")
	f("%d %d", "i:1")
	f("%d", "i:1", "i:2")
	f("%d", "i:1", "s:two", "nil")
	f("%z", "i:3")
	f("%!d", "i:3")
	f("%")
	f("100%%", "i:1")
	f("%*d|", "i:5", "i:42")
	f("%-*d|", "i:5", "i:42")
	f("%*d|", "i:-5", "i:42")
	f("%.*f", "i:2", "f:3.14159")
	f("%*d", "s:x", "i:42")
	f("%.*d", "s:x", "i:42")
	f("%.*d", "i:-1", "i:42")
	f("%*d", "i:10000000", "i:42")
	f("%[2]d %[1]d", "i:1", "i:2")
	f("%[3]d", "i:1", "i:2")
	f("%[0]d", "i:1")
	f("%[x]d", "i:1")
	f("%[2]*[1]d|", "i:12", "i:5")
	f("%d %d %[1]d %d", "i:1", "i:2")
	f("%[1]d %v", "i:7")
	f("%.d|", "i:0")
	f("%5.d|", "i:0")
	f("%ä", "i:1")
	f("%w", "err:x")
	f("%v %v", "i:1")
	f("%-08d|", "i:42")
	f("%+-8.2f|", "f:3.14159")
	f("%p", "i:1")
	f("%T %T %T %T", "ppt:1,2", "msi:", "ifaces:i:1", "cel:1")
	f("%6.2v|", "f:3.14159")
	f("%x", "strs:ab,cd")
	f("% x", "bytes:\x01\xab")
	f("%#v", "bytes:\x01")
	f("%s", "ints:65,66")
	f("%c", "ints:65,66")
	f("%q", "ints:65,66")
	f("%v", "pptrs:1/2")
	f("%v|%s|%+v|%#v", "ifaces:err:bad;cel:2;nil", "ifaces:err:bad;cel:2;nil", "ifaces:err:bad;cel:2;nil", "ifaces:err:bad;cel:2;nil")
	f("%x %X %q", "err:hi", "err:hi", "err:hi")
	f("%v %d", "bytes:", "bytes:ab")
	f("%d %s %v", "cel:1", "cel:2", "cel:3")
	f("%08.3f|%-8.3v|%+.1e", "cel:1", "cel:2", "cel:3")
	// Print / Println spacing
	p := func(mode byte, args ...string) { cs = append(cs, tcase{mode, "", args}) }
	p('p', "i:1", "i:2", "s:a", "i:3", "s:b", "s:c", "f:4.5", "nil", "b:true")
	p('l', "i:1", "i:2", "s:a", "i:3", "s:b", "s:c", "f:4.5", "nil", "b:true")
	p('p', "s:x", "s:y")
	p('l')
	p('p')
	p('l', "f:3", "f:1e6", "f:1e-5", "f:100000", "f32:0.1", "f:0.1")
	p('l', "ppt:1,2", "pt:3,4", "cel:5", "err:e", "msi:z=1,a=2", "ints:", "nilppt:")
	p('p', "ppt:1,2", "pt:3,4")
	return cs
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
	fmt.Println("// Generated by tests/unit/gen/fmt_cases.go from Go 1.19's fmt; do not edit.")
	for _, c := range cases() {
		args := make([]interface{}, len(c.args))
		for i, a := range c.args {
			args[i] = makeArg(a)
		}
		var out string
		switch c.mode {
		case 'f':
			out = fmt.Sprintf(c.format, args...)
		case 'p':
			out = fmt.Sprint(args...)
		case 'l':
			out = fmt.Sprintln(args...)
		}
		specs := make([]string, len(c.args))
		for i, a := range c.args {
			specs[i] = cstr(a)
		}
		fmt.Printf("{'%c', %s, %d, {%s}, %s},\n", c.mode, cstr(c.format), len(c.args), strings.Join(specs, ", "), cstr(out))
	}
}
