// flag_cmdline_bad.go - the default command line with an undefined flag set
// in os.Args by the program itself: flag.Parse prints the error and Go's
// usage to stderr and exits 2.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"mytool", "-count", "3", "-bogus", "x"}
	count := flag.Int("count", 1, "how many `times`")
	name := flag.String("name", "", "who to greet")
	flag.Bool("dry-run", false, "only print")
	flag.Parse()
	fmt.Println("not reached", *count, *name)
}
