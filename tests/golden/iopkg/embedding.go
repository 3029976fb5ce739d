package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type logBuf struct {
	*bytes.Buffer
	name string
}

func describe(r io.Reader) string {
	switch v := r.(type) {
	case *os.File:
		return "file " + v.Name()
	case *strings.Reader:
		return fmt.Sprint("strings.Reader len ", v.Len())
	case io.ReadWriter:
		return "readwriter"
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(&out))
	line, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + line)
	rw.Flush()
	fmt.Print(out.String())

	cw := &countingWriter{Writer: os.Stdout}
	fmt.Fprintf(cw, "hello %s\n", "counter")
	io.Copy(cw, strings.NewReader("copied\n"))
	fmt.Println(cw.n)

	lb := logBuf{Buffer: new(bytes.Buffer), name: "lb"}
	lb.WriteString("embedded buffer")
	fmt.Println(lb.String(), lb.Len(), lb.name)
	fmt.Fprint(lb, "!")
	fmt.Println(lb.String())

	write := os.Stdout.WriteString
	write("method value\n")
	fmt.Println(describe(os.Stdin), describe(strings.NewReader("abc")), describe(&bytes.Buffer{}), describe(io.LimitReader(nil, 1)))
	var c io.Closer = os.Stdin
	_, isWriter := c.(io.Writer)
	fmt.Println(isWriter)
	var w io.Writer = &out
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString(" more")
	}
	fmt.Println(out.String())
	fi, _ := os.Stdin.Stat()
	fmt.Println(fi.Name(), fi.Mode()&os.ModeCharDevice != 0)
	f := os.NewFile(1, "my-stdout")
	fmt.Fprintln(f, "via NewFile", f.Name())
}
