package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	for i := 0; i < 600; i++ {
		fmt.Fprintf(w, "row %03d\n", i)
		if i%150 == 0 {
			fmt.Println("direct", i, w.Buffered(), w.Available())
		}
	}
	w.WriteString(strings.Repeat("x", 5000) + "\n")
	fmt.Println("before flush", w.Buffered())
	w.Flush()
	w.WriteString("never flushed\n")
}
