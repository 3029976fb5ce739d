package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type T struct{}

func main() {
	fmt.Fprintln(42, "x")
	var r io.Reader = T{}
	bufio.NewScanner("text")
	var w io.Writer = os.Stdout
	_ = w.(*os.File)
	_ = r
	var sb strings.Builder
	io.Copy(&sb, strings.NewReader("x"))
	io.Copy(sb, os.Stdin)
	os.Open(1)
	var fi os.FileInfo
	_ = fi.Foo()
}
