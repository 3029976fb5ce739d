// bytes_buffer_edges.go - bytes.Buffer and bytes.Reader corner cases:
// Truncate, Grow, UnreadRune/UnreadByte errors, ReadBytes/ReadString at EOF,
// Next, WriteTo/ReadFrom, Reader Seek errors, and Buffer panics recovered.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	var b bytes.Buffer
	fmt.Println(b.UnreadRune())
	fmt.Println(b.UnreadByte())
	b.WriteString("héllo, world")
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err)
	r, size, err = b.ReadRune()
	fmt.Println(string(r), size, err)
	fmt.Println(b.UnreadRune())
	fmt.Println(b.UnreadRune())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	fmt.Println(b.Len(), b.String())
	b.Truncate(3)
	fmt.Printf("%q\n", b.String())
	try("truncate", func() { b.Truncate(100) })
	try("truncate neg", func() { b.Truncate(-1) })
	try("grow neg", func() { b.Grow(-1) })
	b.Grow(100)
	fmt.Println(b.Cap() >= 100)
	fmt.Printf("%q\n", b.Next(2))
	fmt.Printf("%q\n", b.Next(10))
	fmt.Printf("%q\n", b.Next(10))
	b.Reset()
	b.WriteString("line1\nline2\nrest")
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	b.WriteString("a,b")
	x, err := b.ReadBytes(',')
	fmt.Printf("%q %v\n", x, err)
	x, err = b.ReadBytes(',')
	fmt.Printf("%q %v\n", x, err)
	x, err = b.ReadBytes(',')
	fmt.Printf("%q %v\n", x, err)
	n, err := b.Read(make([]byte, 4))
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)

	var nb *bytes.Buffer
	fmt.Println(nb.String())
	k, err := b.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(k, err, b.String())
	k, err = b.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(k, err, b.Len())
	b.WriteByte('A')
	b.WriteRune('ß')
	b.Write([]byte{'!'})
	fmt.Printf("%q\n", b.Bytes())
	fmt.Println(bytes.NewBufferString("x").String(), bytes.NewBuffer(nil).Len())
	fmt.Printf("%s|%v|%d\n", &b, b.Bytes(), len(b.Bytes()))

	rd := bytes.NewReader([]byte("0123456789"))
	fmt.Println(rd.Len(), rd.Size())
	p := make([]byte, 4)
	rd.Read(p)
	fmt.Println(rd.Len(), string(p))
	_, err = rd.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = rd.Seek(0, 7)
	fmt.Println(err)
	pos, _ := rd.Seek(20, io.SeekStart)
	n, err = rd.Read(p)
	fmt.Println(pos, n, err)
	fmt.Println(rd.UnreadByte())
	rd.Reset([]byte("xyz"))
	rb, _ := rd.ReadByte()
	fmt.Println(string(rb), rd.UnreadByte(), rd.UnreadByte())
	fmt.Println(rd.UnreadRune())
	rr, sz, _ := rd.ReadRune()
	fmt.Println(string(rr), sz, rd.UnreadRune(), rd.UnreadRune())
	n, err = rd.ReadAt(p, 1)
	fmt.Println(n, err, string(p[:n]))
	_, err = rd.ReadAt(p, -1)
	fmt.Println(err)
	var out strings.Builder
	k, err = rd.WriteTo(&out)
	fmt.Println(k, err, out.String())
}
