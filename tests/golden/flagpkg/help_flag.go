package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"prog", "-help"}
	flag.Int("size", 10, "the size")
	flag.Parse()
	fmt.Println("not reached")
}
