package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

type boolish bool

func (b *boolish) String() string     { return fmt.Sprint(bool(*b)) }
func (b *boolish) Set(s string) error { *b = s == "yes" || s == "true"; return nil }
func (b *boolish) IsBoolFlag() bool   { return true }

func main() {
	fs := flag.NewFlagSet("g", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("b", true, "bool")
	fs.Int("i", -3, "int")
	fs.Int64("i64", 1<<40, "int64")
	fs.Uint("u", 7, "uint")
	fs.Uint64("u64", 1<<63, "uint64")
	fs.String("s", "str", "string")
	fs.Float64("f", 2.5, "float")
	fs.Duration("d", 90*time.Second, "duration")
	var got []string
	fs.Func("fn", "func", func(s string) error {
		if s == "bad" {
			return fmt.Errorf("bad fn value")
		}
		got = append(got, s)
		return nil
	})
	var bb boolish
	fs.Var(&bb, "bb", "boolish")
	fs.VisitAll(func(f *flag.Flag) {
		g, ok := f.Value.(flag.Getter)
		if ok {
			v := g.Get()
			fmt.Printf("%s: %T %v %q\n", f.Name, v, v, f.DefValue)
		} else {
			fmt.Printf("%s: %T not a Getter %q\n", f.Name, f.Value, f.DefValue)
		}
	})
	fmt.Println(fs.Parse([]string{"-b=false", "-bb", "-u64", "0x10", "-f", "1e3", "-d", "1h2m", "-i", "0b101", "-", "x"}))
	fs.Visit(func(f *flag.Flag) { fmt.Println(f.Name, f.Value) })
	fmt.Println(fs.Args(), fs.NArg(), fs.NFlag())
	fs.PrintDefaults()
	fmt.Println(fs.Parse([]string{"-u", "-1"}))
	fmt.Println(fs.Parse([]string{"-i", "99999999999999999999"}))
	fmt.Println(fs.Parse([]string{"-b=maybe"}))
	fmt.Println(fs.Parse([]string{"-d", "5"}))
	fmt.Println(fs.Parse([]string{"-fn", "one", "-fn=two", "-fn", "bad"}), got)
	i := fs.Lookup("i").Value.(flag.Getter).Get().(int)
	d := fs.Lookup("d").Value.(flag.Getter).Get().(time.Duration)
	b := fs.Lookup("b").Value.(flag.Getter).Get().(bool)
	u := fs.Lookup("u64").Value.(flag.Getter).Get().(uint64)
	fmt.Println(i+1, d*2, !b, u>>1)
	fmt.Printf("%T %v\n", fs.Lookup("fn").Value, fs.Lookup("fn").Value.String() == "")
}
