// io_misbehaving.go - io, bufio and the Scanner against misbehaving user
// readers and writers: (n, EOF) together, endless (0, nil) reads (ErrNoProgress),
// short and negative writes, failing reads mid-stream, WriteString through
// MultiWriter to a StringWriter, split functions that never advance.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type eofWith struct {
	s    string
	done bool
}

func (r *eofWith) Read(p []byte) (int, error) {
	if r.done {
		return 0, io.EOF
	}
	r.done = true
	return copy(p, r.s), io.EOF
}

type zero struct{}

func (zero) Read(p []byte) (int, error) { return 0, nil }

type shortW struct{}

func (shortW) Write(p []byte) (int, error) { return len(p) / 2, nil }

type badN struct{}

func (badN) Write(p []byte) (int, error) { return -1, nil }

type failR struct{ n int }

func (f *failR) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("read failed")
	}
	f.n--
	p[0] = 'x'
	return 1, nil
}

type sw struct{ strings.Builder }

func (s *sw) WriteString(x string) (int, error) {
	return s.Builder.WriteString("[" + x + "]")
}

func main() {
	buf := make([]byte, 10)
	n, err := io.ReadFull(&eofWith{s: "hello"}, buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(&eofWith{s: "0123456789"}, buf)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf[:2], 3)
	fmt.Println(n, err)
	b, err := io.ReadAll(&eofWith{s: "all"})
	fmt.Printf("%q %v\n", b, err)
	br := bufio.NewReader(zero{})
	_, err = br.ReadByte()
	fmt.Println(err)
	k, err := io.Copy(shortW{}, strings.NewReader("abcdef"))
	fmt.Println(k, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k, err = io.Copy(badN{}, strings.NewReader("abcdef"))
		fmt.Println(k, err)
	}()
	k, err = io.Copy(io.Discard, &failR{3})
	fmt.Println(k, err)
	lr := &io.LimitedReader{R: strings.NewReader("abc"), N: -5}
	n, err = lr.Read(buf)
	fmt.Println(n, err)
	inner := io.MultiReader(strings.NewReader("a"), strings.NewReader("b"))
	outer := io.MultiReader(inner, strings.NewReader("c"), inner)
	b, err = io.ReadAll(outer)
	fmt.Printf("%q %v\n", b, err)
	mw := io.MultiWriter(shortW{})
	n, err = mw.Write([]byte("abcd"))
	fmt.Println(n, err)
	var s sw
	n, err = io.WriteString(&s, "hi")
	fmt.Println(n, err, s.String())
	mw2 := io.MultiWriter(&s, io.Discard)
	n, err = io.WriteString(mw2, "x")
	fmt.Println(n, err, s.String())
	tr := io.TeeReader(strings.NewReader("tee"), shortW{})
	n, err = tr.Read(buf)
	fmt.Println(n, err)
	w := bufio.NewWriter(shortW{})
	w.WriteString("data")
	fmt.Println(w.Flush(), w.Buffered())
	sc := bufio.NewScanner(zero{})
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(&failR{2})
	for sc.Scan() {
		fmt.Println("tok", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("a\n\n\nb"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 1, nil, nil
	})
	cnt := 0
	for sc.Scan() {
		cnt++
	}
	fmt.Println(cnt, sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("a", 200)))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, []byte{}, nil
	})
	cnt = 0
	for sc.Scan() {
		cnt++
		if cnt > 1000 {
			break
		}
	}
	fmt.Println(cnt, sc.Err())
}
