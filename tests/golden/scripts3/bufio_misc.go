// bufio_misc.go - bufio constructors returning an existing Reader/Writer,
// minimum sizes, the split functions called directly, AvailableBuffer,
// Buffered after Peek/Reset, a Scanner with a nil buffer and a small max.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	base := bufio.NewReaderSize(strings.NewReader("x"), 64)
	fmt.Println(bufio.NewReaderSize(base, 32) == base, bufio.NewReaderSize(base, 128) == base, bufio.NewReader(base) == base)
	var buf bytes.Buffer
	bw := bufio.NewWriterSize(&buf, 64)
	fmt.Println(bufio.NewWriterSize(bw, 32) == bw, bufio.NewWriter(bw) == bw)
	fmt.Println(bufio.NewReaderSize(strings.NewReader(""), 0).Size(), bufio.NewWriterSize(&buf, -1).Size())
	adv, tok, err := bufio.ScanLines([]byte("abc\r\ndef"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanLines([]byte("abc"), true)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanLines([]byte("abc"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanWords([]byte("  ab  cd"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xffab"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanWords([]byte("   "), true)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	ab := bw.AvailableBuffer()
	fmt.Println(len(ab), cap(ab))
	ab = append(ab, "direct"...)
	bw.Write(ab)
	bw.Flush()
	fmt.Println(buf.String())
	r := bufio.NewReader(strings.NewReader("hello world"))
	r.Peek(3)
	fmt.Println(r.Buffered())
	r.Reset(strings.NewReader("new"))
	fmt.Println(r.Buffered())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.Buffered())
	w := bufio.NewWriter(nil)
	fmt.Println(w.Available(), w.Buffered())
	s := bufio.NewScanner(strings.NewReader("a b\nc"))
	s.Split(bufio.ScanWords)
	var words []string
	for s.Scan() {
		words = append(words, s.Text())
	}
	fmt.Println(words)
	s = bufio.NewScanner(strings.NewReader("aaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\ncc"))
	s.Buffer(nil, 8)
	for s.Scan() {
		fmt.Println(s.Text())
	}
	fmt.Println(s.Err())
}
