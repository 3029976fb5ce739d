// bufio_rw.go - bufio.Reader and bufio.Writer: Peek, ReadLine with long
// lines, ReadSlice full buffer, Discard, UnreadByte rules, Buffered,
// Writer flush errors, Available, Reset, ReadWriter.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type failW struct{}

func (failW) Write(p []byte) (int, error) { return 0, errors.New("broken pipe") }

func main() {
	r := bufio.NewReaderSize(strings.NewReader(strings.Repeat("a", 20)+"\nshort\nend"), 16)
	fmt.Println(r.Size())
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("b", 40)), 16)
	sl, err := r.ReadSlice('\n')
	fmt.Printf("%d %v %v\n", len(sl), err, err == bufio.ErrBufferFull)
	p, err := r.Peek(4)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	_, err = r.Peek(100)
	fmt.Println(err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	d, err := r.Discard(30)
	fmt.Println(d, err)
	d, err = r.Discard(30)
	fmt.Println(d, err)

	r = bufio.NewReader(strings.NewReader("xyz"))
	fmt.Println(r.UnreadByte())
	fmt.Println(r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte(), r.UnreadRune())
	rn, sz, _ := r.ReadRune()
	fmt.Println(string(rn), sz, r.UnreadRune(), r.UnreadRune())
	s, err := r.ReadString('!')
	fmt.Printf("%q %v\n", s, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	r.Reset(strings.NewReader("again\n"))
	s, _ = r.ReadString('\n')
	fmt.Printf("%q\n", s)
	var sb strings.Builder
	r.Reset(strings.NewReader("write to"))
	n, err := r.WriteTo(&sb)
	fmt.Println(n, err, sb.String())

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 8)
	fmt.Println(w.Available(), w.Buffered(), w.Size())
	w.WriteString("1234")
	fmt.Println(w.Available(), w.Buffered(), out.Len())
	w.WriteString("56789")
	fmt.Println(w.Available(), w.Buffered(), out.Len())
	w.WriteRune('é')
	w.WriteByte('!')
	w.Flush()
	fmt.Printf("%q\n", out.String())
	n2, err := w.ReadFrom(strings.NewReader("readfrom"))
	w.Flush()
	fmt.Println(n2, err, out.String())

	fw := bufio.NewWriterSize(failW{}, 4)
	k, err := fw.WriteString("ab")
	fmt.Println(k, err)
	k, err = fw.WriteString("cdefgh")
	fmt.Println(k, err)
	fmt.Println(fw.Flush())
	k, err = fw.WriteString("z")
	fmt.Println(k, err)
	fw.Reset(io.Discard)
	fmt.Println(fw.Flush())

	var rwb bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(&rwb))
	line, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + line)
	rw.Flush()
	fmt.Print(rwb.String())
}
