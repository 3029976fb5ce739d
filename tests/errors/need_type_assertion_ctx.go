package main

import (
	"fmt"
	"io"
	"strings"
)

type S struct{}

func (S) String() string { return "" }

func f(v any) string {
	return v
}

func main() {
	var x any = "a"
	fmt.Println(strings.ToUpper(x))
	var st fmt.Stringer
	var n int = st
	var s S = st
	var w io.Writer
	var r io.Reader = w
	var rw io.ReadWriter = r
	m := map[string]int{}
	m["a"] = x
	_, _, _, _, _ = n, s, r, rw, m
}
