// file_methods.go - (*os.File).Chmod/Chdir/Chown/ReadFrom and
// bufio.Writer.AvailableBuffer, ReadFrom.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func main() {
	dir, _ := os.MkdirTemp("", "fm")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "f.txt")
	f, _ := os.Create(p)
	n, err := f.ReadFrom(strings.NewReader("from a strings.Reader\n"))
	fmt.Println(n, err)
	n, err = f.ReadFrom(onlyReader{bytes.NewReader(bytes.Repeat([]byte("z"), 70000))})
	fmt.Println(n, err)
	fmt.Println(f.Chmod(0o640|os.ModeSetgid), f.Chown(os.Getuid(), os.Getgid()))
	st, _ := f.Stat()
	fmt.Println(st.Mode(), st.Size())
	f.Close()
	fmt.Println(f.Chmod(0o600) != nil)
	d, _ := os.Open(dir)
	start, _ := os.Getwd()
	fmt.Println(d.Chdir())
	wd, _ := os.Getwd()
	real, _ := filepath.EvalSymlinks(dir)
	fmt.Println(wd == real || wd == dir)
	os.Chdir(start)
	d.Close()
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 32)
	w.WriteString("abc")
	buf := w.AvailableBuffer()
	fmt.Println(len(buf), cap(buf))
	buf = strconv.AppendInt(buf, 12345, 10)
	w.Write(buf)
	w.Flush()
	fmt.Println(out.String())
	n, err = w.ReadFrom(onlyReader{strings.NewReader(strings.Repeat("q", 40))})
	fmt.Println(n, err, w.Buffered(), out.Len())
}
