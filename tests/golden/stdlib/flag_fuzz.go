package main

// 3,000 FlagSets parse random argument lists drawn from tricky words
// (bad syntax, -h, --, values out of range, TextVar, Func); their results,
// errors and usage output are folded into one hash equal to Go's.

import (
	"bytes"
	"flag"
	"fmt"
	"time"
)

type lvl int

func (l lvl) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("L", int(l))), nil }
func (l *lvl) UnmarshalText(b []byte) error {
	if len(b) == 0 || b[0] != 'L' {
		return fmt.Errorf("want L prefix")
	}
	*l = lvl(len(b))
	return nil
}

func main() {
	seed := uint64(99)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	words := []string{"-b", "--b", "-b=true", "-b=0", "-b=x", "-i", "-i=7", "--i", "12", "-0x1f", "0x1f", "-u", "-u=-1", "-f", "1e400", "-f=NaN", "-s", "", "-", "--", "---x",
		"-d", "1h", "3", "-d=1.5s", "-t", "L12", "x", "-t=", "-fn", "-fn=a", "-h", "-help", "-=x", "-nope", "a=b", "-i=", "-s=a=b", "-T", "1e3", "-u64", "18446744073709551616", "-i64", "-9223372036854775808"}
	var h uint64
	for k := 0; k < 3000; k++ {
		var out bytes.Buffer
		fs := flag.NewFlagSet(fmt.Sprint("set", k%3), flag.ContinueOnError)
		fs.SetOutput(&out)
		b := fs.Bool("b", k%2 == 0, "a `bool`")
		i := fs.Int("i", 3, "int")
		u := fs.Uint("u", 0, "uint")
		f := fs.Float64("f", 0.5, "float\nsecond line")
		s := fs.String("s", "def", "str")
		d := fs.Duration("d", 0, "dur")
		i64 := fs.Int64("i64", -1, "i64")
		u64 := fs.Uint64("u64", 1, "u64")
		var l lvl = 2
		fs.TextVar(&l, "t", lvl(2), "text")
		var T time.Time
		fs.TextVar(&T, "T", time.Time{}, "time")
		fs.Func("fn", "func", func(s string) error {
			if s == "" {
				return fmt.Errorf("empty")
			}
			return nil
		})
		n := int(next() % 6)
		args := make([]string, n)
		for j := range args {
			args[j] = words[next()%uint64(len(words))]
		}
		err := fs.Parse(args)
		res := fmt.Sprintf("%q|%v|%v %v %v %v %q %v %v %v %v %v|%q %d %d|%s", args, err, *b, *i, *u, *f, *s, *d, *i64, *u64, l, T.IsZero(), fs.Args(), fs.NArg(), fs.NFlag(), out.String())
		fs.Visit(func(fl *flag.Flag) { res += fl.Name + "=" + fl.Value.String() + ";" })
		for _, c := range []byte(res) {
			h = h*31 + uint64(c)
		}
		if k < 4 {
			fmt.Println(res)
		}
	}
	fmt.Println(h)
}
