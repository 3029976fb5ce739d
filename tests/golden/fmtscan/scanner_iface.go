package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Point scans "(x,y)".
type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != '(' {
		return fmt.Errorf("expected ( got %q", r)
	}
	tok, err := st.Token(false, func(r rune) bool { return r != ')' })
	if err != nil {
		return err
	}
	if _, err := fmt.Sscanf(string(tok), "%d,%d", &p.X, &p.Y); err != nil {
		return err
	}
	r, _, err = st.ReadRune()
	if r != ')' {
		return errors.New("missing )")
	}
	return nil
}

// Word takes the next token of letters, and reports the verb and width.
type Word struct {
	S    string
	Verb rune
	Wid  int
	OK   bool
}

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	w.Verb = verb
	w.Wid, w.OK = st.Width()
	tok, err := st.Token(true, unicode.IsLetter)
	w.S = string(tok)
	return err
}

// Upper reads everything with nil f and upper-cases.
type Upper string

func (u *Upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	*u = Upper(strings.ToUpper(string(tok)))
	return err
}

// EOFer returns io.EOF.
type EOFer struct{}

func (EOFer) Scan(st fmt.ScanState, verb rune) error { return io.EOF }

// Reader calls Read.
type Reader struct{ Err error }

func (r *Reader) Scan(st fmt.ScanState, verb rune) error {
	_, r.Err = st.Read(make([]byte, 4))
	return nil
}

// Panicker panics with io.EOF / a string.
type Panicker struct{ What string }

func (p Panicker) Scan(st fmt.ScanState, verb rune) error {
	if p.What == "eof" {
		panic(io.EOF)
	}
	panic(p.What)
}

// Unreader reads two runes, unreads one.
type Unreader struct{ A, B rune }

func (u *Unreader) Scan(st fmt.ScanState, verb rune) error {
	u.A, _, _ = st.ReadRune()
	st.UnreadRune()
	u.B, _, _ = st.ReadRune()
	return nil
}

func main() {
	var p Point
	var n int
	c, err := fmt.Sscan(" (3,4) 7", &p, &n)
	fmt.Println(c, err, p, n)
	c, err = fmt.Sscan("[3,4]", &p)
	fmt.Println(c, err)
	c, err = fmt.Sscan("(3,4", &p)
	fmt.Println(c, err)

	var w1, w2 Word
	c, err = fmt.Sscanf("hello world", "%3s%v", &w1, &w2)
	fmt.Printf("%d %v %+v %+v\n", c, err, w1, w2)
	c, err = fmt.Sscan("abc123", &w1)
	fmt.Printf("%d %v %+v\n", c, err, w1)

	var u Upper
	var rest string
	c, err = fmt.Sscan("  mixed Case", &u, &rest)
	fmt.Println(c, err, u, rest)

	c, err = fmt.Sscan("x", EOFer{})
	fmt.Println(c, err, err == io.ErrUnexpectedEOF)

	var rd Reader
	c, err = fmt.Sscan("x", &rd)
	fmt.Println(c, err, rd.Err)

	c, err = fmt.Sscan("x", Panicker{"eof"})
	fmt.Println(c, err)

	var un Unreader
	c, err = fmt.Sscan("xy", &un)
	fmt.Println(c, err, string(un.A), string(un.B))

	// SkipSpace with a newline in Sscanln: the scanError panic becomes the error.
	var w3 Word
	c, err = fmt.Sscanln("\nabc", &w3)
	fmt.Println(c, err)

	// Fscan from a reader.
	var p2 Point
	c, err = fmt.Fscan(strings.NewReader("(10,20)"), &p2)
	fmt.Println(c, err, p2)

	var s fmt.Scanner = &p
	_ = s
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Sscan("x", Panicker{"boom"})
}
