// io_edges.go - io helpers at their edges: ReadFull/ReadAtLeast short reads,
// LimitReader at 0, MultiReader with empty readers, CopyN short, Pipe with
// CloseWithError, SectionReader, TeeReader, MultiWriter errors.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	if w.n <= 0 {
		return 0, errors.New("disk full")
	}
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func main() {
	buf := make([]byte, 8)
	n, err := io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf[:3], 5)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(oneByte{strings.NewReader("hello world")}, buf, 4)
	fmt.Println(n, err, string(buf[:n]))

	lr := io.LimitReader(strings.NewReader("abcdef"), 0)
	b, err := io.ReadAll(lr)
	fmt.Printf("%q %v\n", b, err)
	lr = io.LimitReader(strings.NewReader("abcdef"), 4)
	b, err = io.ReadAll(lr)
	fmt.Printf("%q %v %d\n", b, err, lr.(*io.LimitedReader).N)

	mr := io.MultiReader(strings.NewReader(""), strings.NewReader("x"), strings.NewReader(""), bytes.NewReader([]byte("yz")))
	b, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", b, err)
	mr = io.MultiReader()
	n, err = mr.Read(buf)
	fmt.Println(n, err)

	var sb strings.Builder
	k, err := io.CopyN(&sb, strings.NewReader("short"), 10)
	fmt.Println(k, err, sb.String())
	k, err = io.CopyN(&sb, strings.NewReader("longer text"), 3)
	fmt.Println(k, err, sb.String())

	ew := &errWriter{n: 5}
	k, err = io.Copy(ew, strings.NewReader("0123456789"))
	fmt.Println(k, err)
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &errWriter{n: 2}, &b2)
	n, err = mw.Write([]byte("hello"))
	fmt.Println(n, err, b1.String(), b2.String())
	n, err = io.WriteString(mw, "x")
	fmt.Println(n, err)

	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "part one;")
		pw.CloseWithError(errors.New("producer failed"))
	}()
	b, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", b, err)
	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	pr, pw = io.Pipe()
	go func() { pw.Write([]byte("abc")); pw.Close() }()
	small := make([]byte, 2)
	for {
		n, err := pr.Read(small)
		fmt.Printf("read %d %q %v\n", n, small[:n], err)
		if err != nil {
			break
		}
	}
	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gone"))
	_, err = pw.Write([]byte("x"))
	fmt.Println(err)

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ = io.ReadAll(sr)
	fmt.Printf("%q size=%d\n", b, sr.Size())
	p := make([]byte, 3)
	n, err = sr.ReadAt(p, 3)
	fmt.Println(n, err, string(p[:n]))
	off, err := sr.Seek(-2, io.SeekEnd)
	fmt.Println(off, err)
	_, err = sr.Seek(-10, io.SeekCurrent)
	fmt.Println(err)

	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &tee)
	io.ReadAll(tr)
	fmt.Println(tee.String())

	n, err = io.ReadFull(strings.NewReader("abc"), nil)
	fmt.Println(n, err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
	k, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(k, err)
	rc := io.NopCloser(strings.NewReader("z"))
	fmt.Println(rc.Close())
	fmt.Printf("%T\n", rc)
}
