// flag_config.go - a config loader with flags and environment: a FlagSet
// parsing a prepared argument list, defaults from env (LookupEnv), Visit vs
// VisitAll, Lookup, Set, NArg/Args after "--", durations, custom Value,
// boolean forms, and a ContinueOnError set printing its errors.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	os.Setenv("APP_PORT", "9090")
	defPort := 8080
	if v, ok := os.LookupEnv("APP_PORT"); ok {
		fmt.Sscan(v, &defPort)
	}
	_, ok := os.LookupEnv("APP_NOPE_XYZ")
	fmt.Println(defPort, ok)

	fs := flag.NewFlagSet("app", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	port := fs.Int("port", defPort, "listen `port`")
	host := fs.String("host", "localhost", "host name")
	verbose := fs.Bool("v", false, "verbose output")
	timeout := fs.Duration("timeout", 5*time.Second, "request timeout")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	var tags listFlag
	fs.Var(&tags, "tag", "add a tag (repeatable)")
	var n64 int64
	fs.Int64Var(&n64, "n", -1, "count")
	u := fs.Uint("u", 7, "unsigned")

	err := fs.Parse([]string{"-port=3000", "--host", "example.org", "-v", "-tag", "a", "-tag=b", "-timeout", "1m30s", "-n", "0x10", "--", "-notflag", "file"})
	fmt.Println(err, *port, *host, *verbose, *timeout, *ratio, tags, n64, *u)
	fmt.Println(fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(5) == "", fs.NFlag(), fs.Parsed(), fs.Name())
	fs.Visit(func(f *flag.Flag) { fmt.Printf("set %s=%s\n", f.Name, f.Value) })
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("all %s def=%q usage=%q\n", f.Name, f.DefValue, f.Usage) })
	fmt.Println(fs.Lookup("nope") == nil, fs.Lookup("port").Value.String())
	fmt.Println(fs.Set("port", "1"), *port)
	fmt.Println(fs.Set("port", "x"), *port)
	fmt.Println(fs.Set("nope", "1"))

	for _, args := range [][]string{
		{"-v=false", "rest"}, {"-port", "abc"}, {"-undefined"}, {"-host"}, {"-timeout", "5x"}, {"-v=maybe"},
		{"---x"}, {"-=x"}, {"-u", "-1"}, {"-port", "99999999999999999999"}, {"-h"}, {"-", "x"},
	} {
		err := fs.Parse(args)
		fmt.Printf("args %q -> err=%v rest=%q\n", args, err, fs.Args())
	}
	fmt.Println(flag.ErrHelp)
	fs2 := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Usage = func() { fmt.Println("custom usage for tool") }
	fmt.Println(fs2.Parse([]string{"-x"}))
	fmt.Println(fs2.Output() == os.Stdout)
	fs.PrintDefaults()
}
