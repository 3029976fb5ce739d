// flag_values.go - flag.FlagSet PrintDefaults for every kind (back-quoted
// names, zero defaults, custom Values and IsBoolFlag), Func flags, parse
// errors of each kind, -help, PanicOnError, redefinition, ExitOnError.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(s string) error {
	if s == "bad" {
		return fmt.Errorf("level %q unknown", s)
	}
	*l = 3
	return nil
}

type boolish bool

func (b *boolish) String() string   { return fmt.Sprint(bool(*b)) }
func (b *boolish) Set(s string) error { *b = s == "true"; return nil }
func (b *boolish) IsBoolFlag() bool   { return true }

func main() {
	fs := flag.NewFlagSet("probe", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.String("name", "", "`NAME` of the thing")
	fs.String("empty", "", "no default")
	fs.String("quoted", "a b", "has a default")
	fs.Int("zero", 0, "zero default")
	fs.Bool("t", true, "true bool")
	fs.Bool("f", false, "false bool")
	fs.Float64("fl", 1.5, "float")
	fs.Duration("d", 0, "duration zero")
	fs.Duration("d2", time.Second, "duration")
	fs.Uint64("u64", 0, "u64")
	var lv level
	fs.Var(&lv, "level", "custom level")
	var bb boolish
	fs.Var(&bb, "bb", "custom bool")
	fs.Func("fn", "a func flag", func(s string) error {
		if s == "" {
			return fmt.Errorf("empty")
		}
		fmt.Println("fn got", s)
		return nil
	})
	fs.PrintDefaults()
	for _, args := range [][]string{
		{"-level", "bad"}, {"-bb"}, {"-bb=false"}, {"-fn", ""}, {"-fn=x"}, {"-zero", "1e3"}, {"-fl", "abc"},
		{"-d", "10"}, {"-u64", "-5"}, {"-t=0"}, {"-t", "false"}, {"-help"}, {"--help"}, {"-zero=0x1F", "--", "x"},
		{"x", "-zero", "1"}, {"-zero", "1", "-", "y"}, {"--", "--"},
	} {
		err := fs.Parse(args)
		fmt.Printf("%q -> %v rest=%q\n", args, err, fs.Args())
	}
	fs2 := flag.NewFlagSet("", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Int("n", 1, "number")
	fmt.Println(fs2.Parse([]string{"-x"}))
	fs3 := flag.NewFlagSet("panicky", flag.PanicOnError)
	fs3.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs3.Parse([]string{"-nope"})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("zero", 1, "redefined")
	}()
	fmt.Println(flag.NArg(), flag.Parsed())
	fs4 := flag.NewFlagSet("exiter", flag.ExitOnError)
	fs4.Parse([]string{"-bogus"})
}
