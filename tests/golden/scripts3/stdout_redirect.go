// stdout_redirect.go - capturing output by assigning os.Stdout (fmt.Print*
// follow it) and os.Stderr (the standard logger keeps the original, as
// Go's log.std does), then closing os.Stdout: Println reports the error.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
)

func main() {
	old := os.Stdout
	r, w, _ := os.Pipe()
	os.Stdout = w
	fmt.Println("captured line")
	fmt.Printf("n=%d\n", 5)
	print("")
	w.Close()
	os.Stdout = old
	b, _ := io.ReadAll(r)
	fmt.Printf("got %q\n", b)
	f, _ := os.CreateTemp("", "out")
	defer os.Remove(f.Name())
	os.Stderr = f
	log.SetFlags(0)
	log.Println("to file?")
	fmt.Fprintln(os.Stderr, "explicit")
	f.Close()
	b, _ = os.ReadFile(f.Name())
	fmt.Printf("file %q\n", b)
}
