package main

import "fmt"

// A call whose argument list is broken across lines without a trailing
// comma: the newline ends the line with an automatic semicolon.

func main() {
	fmt.Println("a",
		"b"
	)
}
