package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"prog", "-count", "3", "-debug", "file1", "file2"}
	count := flag.Int("count", 1, "how many")
	debug := flag.Bool("debug", false, "enable debugging")
	var label string
	flag.StringVar(&label, "label", "none", "a `name` for the run")
	flag.Parse()
	fmt.Println(*count, *debug, label, flag.Args(), flag.NArg(), flag.NFlag(), flag.Arg(1), flag.Parsed())
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
	flag.Usage()
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "custom usage")
	}
	os.Args = []string{"prog", "-count", "x"}
	flag.Parse()
	fmt.Println("not reached")
}
