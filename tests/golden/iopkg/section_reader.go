package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

type myAt struct{ data string }

func (m myAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(m.data)) {
		return 0, io.EOF
	}
	n := copy(p, m.data[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

type failAt struct{}

func (failAt) ReadAt(p []byte, off int64) (int, error) { return 0, errors.New("boom") }

func main() {
	s := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 3, 8)
	fmt.Printf("%T size=%d\n", s, s.Size())
	buf := make([]byte, 5)
	for {
		n, err := s.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	for _, c := range []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {-10, io.SeekCurrent}, {0, 7}, {100, io.SeekStart}} {
		pos, err := s.Seek(c.off, c.whence)
		fmt.Println("seek", c.off, c.whence, pos, err)
	}
	s.Seek(1, io.SeekStart)
	all, err := io.ReadAll(s)
	fmt.Printf("all %q %v\n", all, err)
	for _, off := range []int64{-1, 0, 4, 7, 8, 20} {
		b := make([]byte, 3)
		n, err := s.ReadAt(b, off)
		fmt.Printf("at %d: %d %q %v\n", off, n, b[:n], err)
	}
	b := make([]byte, 8)
	n, err := s.ReadAt(b, 0)
	fmt.Printf("full: %d %q %v\n", n, b[:n], err)
	b = make([]byte, 20)
	n, err = s.ReadAt(b, 0)
	fmt.Printf("long: %d %q %v\n", n, b[:n], err)

	u := io.NewSectionReader(myAt{"hello, section world"}, 7, 100)
	var out bytes.Buffer
	nn, err := io.Copy(&out, u)
	fmt.Println(nn, err, out.String(), u.Size())

	bs := io.NewSectionReader(bytes.NewReader([]byte("bytes!")), 1, 1<<62)
	all, err = io.ReadAll(bs)
	fmt.Printf("%q %v %d\n", all, err, bs.Size())
	big := io.NewSectionReader(strings.NewReader("x"), 5, 1<<63-1)
	fmt.Println(big.Size())

	f := io.NewSectionReader(failAt{}, 0, 10)
	n, err = f.Read(buf)
	fmt.Println(n, err)

	dir, _ := os.MkdirTemp("", "sect")
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "f.txt")
	os.WriteFile(name, []byte("line one\nline two\nline three\n"), 0644)
	fh, _ := os.Open(name)
	defer fh.Close()
	fs := io.NewSectionReader(fh, 9, 8)
	all, err = io.ReadAll(fs)
	fmt.Printf("file %q %v\n", all, err)
	var rs io.ReadSeeker = fs
	var ra io.ReaderAt = fs
	_, _ = rs, ra
	var nilsec *io.SectionReader
	defer func() { fmt.Println("recovered:", recover()) }()
	nilsec.Size()
}
