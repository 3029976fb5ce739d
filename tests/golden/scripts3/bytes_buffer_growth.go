// bytes_buffer_growth.go - bytes.Buffer ReadFrom a failing source, WriteTo a
// short writer, Go's growth (Len/Cap after each write, Grow, a reused
// backing array), ReadBytes returning a copy, Reader with CopyN.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type failAfter struct{ n int }

func (f *failAfter) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("source broke")
	}
	f.n--
	return copy(p, "chunk"), nil
}

type halfW struct{}

func (halfW) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	var b bytes.Buffer
	n, err := b.ReadFrom(&failAfter{3})
	fmt.Println(n, err, b.String(), b.Cap())
	k, err := b.WriteTo(halfW{})
	fmt.Println(k, err, b.Len(), b.String())
	var c bytes.Buffer
	for i := 0; i < 10; i++ {
		c.WriteString(strings.Repeat("x", i*7))
		fmt.Print(c.Len(), "/", c.Cap(), " ")
	}
	fmt.Println()
	c.Reset()
	c.Grow(1000)
	fmt.Println(c.Len(), c.Cap())
	d := bytes.NewBuffer(make([]byte, 3, 10))
	fmt.Println(d.Len(), d.Cap(), d.String() == "\x00\x00\x00")
	d.Truncate(0)
	d.WriteString("abc")
	fmt.Println(d.Cap())
	rd := bytes.NewReader([]byte("hello"))
	var sb strings.Builder
	m, err := io.CopyN(&sb, rd, 3)
	fmt.Println(m, err, sb.String(), rd.Len())
	e := bytes.Buffer{}
	e.WriteString("line1\nline2")
	line, err := e.ReadBytes('\n')
	line[0] = 'L'
	fmt.Println(string(line), err, e.String())
	fmt.Println(bytes.ErrTooLarge, bytes.MinRead)
	var big bytes.Buffer
	big.Write(make([]byte, 100))
	big.Next(60)
	big.Write(make([]byte, 100))
	fmt.Println(big.Len(), big.Cap())
}
