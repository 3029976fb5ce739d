package main

import (
	"fmt"
	"os"
)

// os.Exit(0) from a nested call, with output on both streams before it;
// stdout must be flushed even though the program never returns from main.

func finish(code int) {
	fmt.Print("partial line without newline")
	fmt.Fprint(os.Stderr, "status ", code, "\n")
	os.Exit(code)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("step", i)
		if i == 1 {
			finish(0)
		}
	}
	fmt.Println("not reached")
}
