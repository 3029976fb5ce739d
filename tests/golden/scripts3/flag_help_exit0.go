// flag_help_exit0.go - -h on the command line with a custom flag.Usage: the
// usage goes to stderr and the program exits 0 without running defers.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"tool", "-v", "-h"}
	v := flag.Bool("v", false, "verbose")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: %s [options]\n", os.Args[0])
		flag.PrintDefaults()
	}
	defer fmt.Println("deferred (not run)")
	flag.Parse()
	fmt.Println("not reached", *v)
}
