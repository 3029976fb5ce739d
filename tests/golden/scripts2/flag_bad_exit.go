// flag_bad_exit.go - the package-level flag API with a bad command line:
// Go prints the error and the usage to stderr and exits with status 2.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"tool", "-n", "3", "-format=csv", "-bogus", "file.txt"}
	n := flag.Int("n", 10, "how many `lines` to print")
	format := flag.String("format", "text", "output format: text|csv|json")
	quiet := flag.Bool("q", false, "quiet mode")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: %s [flags] file...\n", os.Args[0])
		flag.PrintDefaults()
	}
	fmt.Println("parsing...")
	flag.Parse()
	fmt.Println("never printed", *n, *format, *quiet)
}
