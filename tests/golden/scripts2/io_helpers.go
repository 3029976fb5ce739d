// io_helpers.go - the io plumbing a log shipper uses: MultiWriter to a
// file and a hash-like counter, LimitReader, SectionReader over a file,
// CopyN, ReadAtLeast, a counting writer, bufio.ReadWriter.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type counter struct {
	bytes, writes int
}

func (c *counter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.writes++
	return len(p), nil
}

type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		w := f.n
		f.n = 0
		return w, errors.New("disk quota exceeded")
	}
	f.n -= len(p)
	return len(p), nil
}

func main() {
	f, err := os.CreateTemp("", "ship-*.log")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	var c counter
	var mem bytes.Buffer
	w := io.MultiWriter(f, &c, &mem)
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(w, "event %02d: %s\n", i, strings.Repeat("=", i))
	}
	fmt.Println(c.bytes, c.writes, mem.Len())

	sr := io.NewSectionReader(f, 13, 30)
	part, err := io.ReadAll(sr)
	fmt.Printf("%q %v size=%d\n", part, err, sr.Size())
	buf := make([]byte, 5)
	n, err := sr.ReadAt(buf, 28)
	fmt.Println(n, err, string(buf[:n]))

	f.Seek(0, io.SeekStart)
	var first strings.Builder
	n64, err := io.CopyN(&first, f, 10)
	fmt.Printf("%d %v %q\n", n64, err, first.String())
	n64, err = io.CopyN(io.Discard, f, 1000)
	fmt.Println(n64, err)
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	got, _ := io.ReadAll(lr)
	fmt.Println(string(got))
	n, err = io.ReadAtLeast(strings.NewReader("abc"), make([]byte, 10), 5)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), make([]byte, 2), 5)
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader(""), make([]byte, 2))
	fmt.Println(n, err)
	fw := &failAfter{n: 12}
	n64, err = io.Copy(fw, strings.NewReader("this is longer than twelve"))
	fmt.Println(n64, err)
	n, err = io.WriteString(io.MultiWriter(&c, fw), "x")
	fmt.Println(n, err)

	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("PING\nQUIT\n")), bufio.NewWriter(&out))
	for {
		line, err := rw.ReadString('\n')
		if err != nil {
			break
		}
		cmd := strings.TrimSpace(line)
		switch cmd {
		case "PING":
			rw.WriteString("PONG\r\n")
		case "QUIT":
			rw.WriteString("BYE\r\n")
		}
	}
	fmt.Println(rw.Writer.Buffered(), out.Len())
	rw.Flush()
	fmt.Printf("%q %d\n", out.String(), rw.Writer.Available())
	bw := bufio.NewWriterSize(&out, 16)
	fmt.Fprint(bw, strings.Repeat("y", 20))
	fmt.Println(bw.Buffered(), out.Len())
	n64, err = bw.ReadFrom(strings.NewReader("zz"))
	fmt.Println(n64, err, bw.Buffered())
	sc := bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	var rs []string
	for sc.Scan() {
		rs = append(rs, sc.Text())
	}
	fmt.Println(rs, len(rs))
	pr := bufio.NewReader(strings.NewReader("abc"))
	p, _ := pr.Peek(2)
	r, size, _ := pr.ReadRune()
	pr.UnreadRune()
	rest, _ := pr.ReadString(0)
	fmt.Println(string(p), string(r), size, rest)
}
