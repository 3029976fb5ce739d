package main

import (
	"fmt"
	"os"
	"strings"
)

// os.Args: the program name is Args[0] (a path that differs between
// implementations, so it is never printed); run without arguments here.

func main() {
	fmt.Println("args:", len(os.Args))
	fmt.Println("extra:", len(os.Args[1:]), os.Args[1:])
	name := os.Args[0]
	fmt.Println("has name:", name != "")
	base := name[strings.LastIndex(name, "/")+1:]
	fmt.Println("base non-empty:", len(base) > 0)
	depth := 3
	if len(os.Args) > 1 {
		depth = len(os.Args[1])
	}
	fmt.Println("depth:", depth)
	fmt.Fprintln(os.Stderr, "diagnostics go to stderr")
	fmt.Fprintf(os.Stdout, "%s via Fprintf\n", "stdout")
}
