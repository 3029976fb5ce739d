// cli_exit is a command-line style checker: it validates embedded
// "arguments", writes diagnostics to stderr with fmt.Fprintf(os.Stderr),
// a report to stdout, and exits with status 3 through os.Exit, which skips
// the pending deferred call.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type options struct {
	verbose bool
	level   int
	output  string
	files   []string
}

func parseArgs(args []string) (options, []string) {
	var o options
	var problems []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-v" || a == "--verbose":
			o.verbose = true
		case strings.HasPrefix(a, "--level="):
			n, err := strconv.Atoi(strings.TrimPrefix(a, "--level="))
			if err != nil || n < 0 || n > 9 {
				problems = append(problems, fmt.Sprintf("bad level in %q", a))
				continue
			}
			o.level = n
		case a == "-o":
			if i+1 >= len(args) {
				problems = append(problems, "-o needs a value")
				continue
			}
			i++
			o.output = args[i]
		case strings.HasPrefix(a, "-"):
			problems = append(problems, "unknown flag "+a)
		default:
			o.files = append(o.files, a)
		}
	}
	return o, problems
}

func main() {
	defer fmt.Println("this deferred line is never printed")
	argv := strings.Fields("-v --level=3 -o out.txt a.go --level=12 b.go --color -x c.go -o")
	opts, problems := parseArgs(argv)
	fmt.Printf("options: %+v\n", opts)
	for _, p := range problems {
		fmt.Fprintf(os.Stderr, "cli_exit: %s\n", p)
	}
	if opts.verbose {
		for i, f := range opts.files {
			fmt.Printf("  file %d: %s\n", i+1, f)
		}
	}
	if len(problems) > 0 {
		fmt.Fprintln(os.Stderr, "cli_exit:", len(problems), "problems; giving up")
		os.Exit(3)
	}
	fmt.Println("all good")
}
