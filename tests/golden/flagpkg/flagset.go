package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// listValue is a user flag.Value.
type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "bad" {
		return errors.New("bad item")
	}
	*l = append(*l, s)
	return nil
}

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	name := fs.String("name", "world", "who to greet")
	n := fs.Int("n", 1, "repeat `count` times")
	verbose := fs.Bool("v", false, "verbose output")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	var big int64
	fs.Int64Var(&big, "big", 0, "a big number")
	var u uint
	fs.UintVar(&u, "u", 7, "unsigned\nsecond line")
	d := fs.Duration("wait", 2*time.Second, "how long to wait")
	var items listValue
	fs.Var(&items, "item", "add an item")
	var called []string
	fs.Func("hook", "call a hook", func(s string) error {
		called = append(called, s)
		return nil
	})
	err := fs.Parse([]string{"-name", "gopher", "--n=3", "-v", "-ratio", "1.25", "-big=-9", "-item", "a", "-item=b", "-wait", "1m30s", "-hook", "x", "rest", "-notaflag"})
	fmt.Println(err, *name, *n, *verbose, *ratio, big, u, *d, items, called)
	fmt.Println(fs.Args(), fs.NArg(), fs.Arg(0), fs.Arg(5), fs.NFlag(), fs.Parsed(), fs.Name())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fs.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, ":", f.DefValue, " ") })
	fmt.Println()
	fmt.Println(fs.Lookup("name").Value.String(), fs.Lookup("nope") == nil)
	err = fs.Set("n", "42")
	fmt.Println(err, *n)
	fmt.Println(fs.Set("zzz", "1"), fs.Set("n", "x"))
	nm, usage := flag.UnquoteUsage(fs.Lookup("n"))
	fmt.Printf("%q %q\n", nm, usage)

	fs.PrintDefaults()
	for _, args := range [][]string{{"-undefined"}, {"-n"}, {"-n", "abc"}, {"-n", "99999999999999999999"}, {"-v=maybe"}, {"---x"}, {"-item", "bad"}, {"-wait", "soon"}, {"-h"}, {"--", "-n", "5"}, {"-", "x"}, {"-u", "-1"}} {
		err := fs.Parse(args)
		fmt.Println("=>", err, fs.Args(), err == flag.ErrHelp)
	}
	fs2 := flag.NewFlagSet("", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Usage = func() { fmt.Println("custom usage for", fs2.Name()) }
	fs2.Bool("x", true, "")
	fmt.Println(fs2.Parse([]string{"-y"}))
	fs3 := flag.NewFlagSet("", flag.ContinueOnError)
	fs3.SetOutput(os.Stdout)
	fs3.String("s", "", "string with empty default")
	fs3.Parse([]string{"-bad"})
	defer func() { fmt.Println("recovered:", recover()) }()
	fs4 := flag.NewFlagSet("p", flag.PanicOnError)
	fs4.SetOutput(os.Stdout)
	fs4.Parse([]string{"-q"})
}
