// flag_bad_value.go - a bad int on the command line: Go's message, usage and exit 2.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"tool", "-n", "abc"}
	flag.Int("n", 0, "a number")
	flag.Parse()
	fmt.Println("not reached")
}
