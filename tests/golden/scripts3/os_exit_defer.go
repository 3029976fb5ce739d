// os_exit_defer.go - os.Exit skips deferred calls and flushes nothing
// buffered in a bufio.Writer, but what went to os.Stdout directly stays.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered, lost")
	fmt.Println("direct")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("written\n")
	os.Exit(42)
}
