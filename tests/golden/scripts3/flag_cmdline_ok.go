// flag_cmdline_ok.go - flag on os.Args set by the program: Parse, Args,
// NArg, NFlag, CommandLine, Usage override printed on demand.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"mytool", "-count=3", "-name", "gopher", "in.txt", "-not", "out.txt"}
	count := flag.Int("count", 1, "how many `times`")
	name := flag.String("name", "", "who to greet")
	dry := flag.Bool("dry-run", false, "only print")
	flag.Parse()
	fmt.Println(*count, *name, *dry, flag.NArg(), flag.Args(), flag.NFlag(), flag.Parsed())
	fmt.Println(flag.Arg(1))
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Usage()
	flag.Usage = func() { fmt.Println("usage: mytool [flags] files...") }
	flag.Usage()
	flag.PrintDefaults()
}
