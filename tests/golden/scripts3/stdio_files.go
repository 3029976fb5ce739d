// stdio_files.go - bufio.Reader on readers returning data with an error,
// invalid UTF-8 in ReadRune, Stdin/Stdout/Stderr as *os.File (Stat, Read at
// EOF, Fd, NewFile), and fmt.Println after os.Stdout.Close().
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type zero struct{}

func (zero) Read(p []byte) (int, error) { return 0, nil }

type dataErr struct{ done bool }

func (d *dataErr) Read(p []byte) (int, error) {
	if d.done {
		return 0, errors.New("after")
	}
	d.done = true
	return copy(p, "abc\ndef"), errors.New("boom")
}

func main() {
	r := bufio.NewReader(zero{})
	_, err := r.ReadString('\n')
	fmt.Println(err)
	_, err = r.Peek(1)
	fmt.Println(err)
	r = bufio.NewReader(&dataErr{})
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	r = bufio.NewReader(&dataErr{})
	b, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", b, err)
	r = bufio.NewReaderSize(strings.NewReader("héllo wörld"), 16)
	for {
		c, sz, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(c), sz, " ")
	}
	r = bufio.NewReader(strings.NewReader("\xff\xfeabc"))
	c, sz, err := r.ReadRune()
	fmt.Println(c, sz, err)
	p := make([]byte, 3)
	n, err := r.Read(p)
	fmt.Println(n, err, p[:n])
	n, err = r.Read(nil)
	fmt.Println(n, err)
	fi, err := os.Stdout.Stat()
	fmt.Println(err, fi != nil)
	fi, err = os.Stdin.Stat()
	fmt.Println(err, fi.Name(), fi.Mode()&os.ModeCharDevice != 0)
	n, err = os.Stdin.Read(p)
	fmt.Println(n, err)
	b, err = io.ReadAll(os.Stdin)
	fmt.Println(len(b), err)
	fmt.Fprintln(os.Stderr, "err line")
	n, err = os.Stdout.Write(nil)
	fmt.Println(n, err)
	fmt.Println(os.Stdout.Fd(), os.Stderr.Fd(), os.Stdin.Fd())
	var w io.Writer = os.Stdout
	_, isRF := w.(io.ReaderFrom)
	_, isSW := w.(io.StringWriter)
	fmt.Println(isRF, isSW)
	f := os.NewFile(1, "my-stdout")
	fmt.Fprintln(f, "through NewFile", f.Name())
	fmt.Println(os.NewFile(^uintptr(0), "bad") == nil)
	os.Stdout.Close()
	_, err = fmt.Println("lost")
	fmt.Fprintln(os.Stderr, "println after close:", err)
	os.Exit(0)
}
