package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"prog", "-verbose", "-size=big"}
	flag.Bool("verbose", false, "say more")
	size := flag.Int("size", 10, "the size")
	flag.String("out", "a.out", "output `file`")
	flag.Parse()
	fmt.Println("not reached", *size)
}
