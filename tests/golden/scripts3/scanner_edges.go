// scanner_edges.go - bufio.Scanner on tricky input: token too long, custom
// Buffer sizes, ScanWords/ScanRunes/ScanBytes, a custom split function that
// returns an error, final token without newline, \r\n lines.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func main() {
	s := bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nthree"))
	for s.Scan() {
		fmt.Printf("%q\n", s.Text())
	}
	fmt.Println(s.Err())

	long := strings.Repeat("x", 100) + "\nshort\n"
	s = bufio.NewScanner(strings.NewReader(long))
	s.Buffer(make([]byte, 10), 50)
	for s.Scan() {
		fmt.Println("got", s.Text())
	}
	fmt.Println("err:", s.Err(), s.Err() == bufio.ErrTooLong)

	s = bufio.NewScanner(strings.NewReader(" alpha  beta\tgamma\n delta "))
	s.Split(bufio.ScanWords)
	n := 0
	for s.Scan() {
		n++
		fmt.Printf("[%s]", s.Text())
	}
	fmt.Println(n)

	s = bufio.NewScanner(strings.NewReader("héy"))
	s.Split(bufio.ScanRunes)
	for s.Scan() {
		fmt.Printf("%q ", s.Bytes())
	}
	fmt.Println()
	s = bufio.NewScanner(strings.NewReader("ab"))
	s.Split(bufio.ScanBytes)
	for s.Scan() {
		fmt.Printf("%v ", s.Bytes())
	}
	fmt.Println()

	errStop := errors.New("stop here")
	s = bufio.NewScanner(strings.NewReader("1,2,3,STOP,4"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			tok := data[:i]
			if string(tok) == "STOP" {
				return 0, nil, errStop
			}
			return i + 1, tok, nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for s.Scan() {
		fmt.Println("tok", s.Text())
	}
	fmt.Println(s.Err(), errors.Is(s.Err(), errStop))

	s = bufio.NewScanner(strings.NewReader("a,b,c"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for s.Scan() {
		fmt.Println("final-split", s.Text())
	}
	fmt.Println(s.Err())
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrFinalToken)

	s = bufio.NewScanner(strings.NewReader("x\ny\n"))
	s.Scan()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Buffer(make([]byte, 5), 5)
	}()
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(s.Scan(), s.Err())
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	fmt.Println(s.Scan(), s.Err())
}
