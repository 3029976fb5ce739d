// embed_native.go - user structs embedding bufio/strings types satisfy io
// interfaces dynamically, and so does *bufio.ReadWriter itself.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type RW struct{ *bufio.Reader }
type SB struct{ strings.Builder }
type R2 struct{ *strings.Reader }

func main() {
	var x any = &RW{bufio.NewReader(strings.NewReader("a"))}
	_, ok := x.(io.Reader)
	fmt.Println(ok)
	var y any = RW{bufio.NewReader(strings.NewReader("a"))}
	_, ok = y.(io.Reader)
	fmt.Println(ok)
	var z any = &SB{}
	_, ok = z.(io.Writer)
	fmt.Println(ok)
	var w any = R2{strings.NewReader("x")}
	_, ok = w.(io.ByteReader)
	fmt.Println(ok)
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("a")), bufio.NewWriter(io.Discard))
	var v any = rw
	_, ok = v.(io.Reader)
	fmt.Println(ok)
	var r io.Reader = v.(io.Reader)
	_ = r
	b, _ := io.ReadAll(rw.Reader)
	fmt.Println(string(b))
}
