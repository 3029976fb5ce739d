package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// upper is a user io.Writer.
type upper struct{ out *strings.Builder }

func (u upper) Write(p []byte) (int, error) {
	u.out.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

// slow is a user io.Reader returning at most 3 bytes per call.
type slow struct {
	s string
	i int
}

func (r *slow) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	if n > 3 {
		n = 3
	}
	r.i += n
	return n, nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	data, err := io.ReadAll(&slow{s: "hello, slow reader"})
	fmt.Printf("%q %v\n", data, err)
	data, err = io.ReadAll(strings.NewReader(""))
	fmt.Printf("%q %v %d\n", data, err, cap(data))

	var sb strings.Builder
	n, err := io.Copy(upper{&sb}, &slow{s: "copy me please"})
	fmt.Println(n, err, sb.String())

	var buf bytes.Buffer
	n, err = io.CopyN(&buf, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("ab"), 4)
	fmt.Println(n, err, buf.String())

	var a, b bytes.Buffer
	w := io.MultiWriter(&a, &b, upper{&sb})
	fmt.Fprintf(w, "multi %d\n", 7)
	fmt.Print(a.String(), b.String(), sb.String(), "\n")

	r := io.MultiReader(strings.NewReader("one "), &slow{s: "two "}, strings.NewReader("three"))
	data, _ = io.ReadAll(r)
	fmt.Println(string(data))

	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &tee)
	data, _ = io.ReadAll(tr)
	fmt.Println(string(data), "|", tee.String())

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	data, _ = io.ReadAll(lr)
	fmt.Printf("%q %T\n", data, lr)

	p := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), p)
	fmt.Println(k, err, err == io.ErrUnexpectedEOF)
	k, err = io.ReadFull(strings.NewReader(""), p)
	fmt.Println(k, err, err == io.EOF)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), p, 2)
	fmt.Println(k, err, string(p[:k]))
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), p, 5)
	fmt.Println(k, err)

	io.WriteString(os.Stdout, "WriteString to stdout\n")
	fmt.Fprintln(io.Discard, "nothing")
	n2, err := io.Discard.Write([]byte("xyz"))
	fmt.Println(n2, err)
	_, err = fmt.Fprintf(failing{}, "x")
	fmt.Println(err)
	_, err = io.Copy(failing{}, strings.NewReader("abc"))
	fmt.Println(err)

	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe ")
		pw.Write([]byte("and more"))
		pw.Close()
	}()
	data, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)

	pr2, pw2 := io.Pipe()
	go func() {
		pw2.CloseWithError(errors.New("producer failed"))
	}()
	_, err = io.ReadAll(pr2)
	fmt.Println(err)
	pr2.Close()
	_, err = pw2.Write([]byte("late"))
	fmt.Println(err)

	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	var rw io.ReadWriter = &bytes.Buffer{}
	rw.Write([]byte("rw"))
	data, _ = io.ReadAll(rw)
	fmt.Println(string(data))
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd, io.EOF, io.ErrShortWrite, io.ErrClosedPipe)
}
