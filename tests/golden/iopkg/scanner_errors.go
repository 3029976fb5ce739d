package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 8), 16)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)

	onComma := func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, ',')
		if i < 0 {
			if !atEOF {
				return 0, nil, nil
			}
			return 0, data, bufio.ErrFinalToken
		}
		if string(data[:i]) == "stop" {
			return i + 1, data[:i], bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	}
	for _, in := range []string{"a,b,c", "a,stop,c,d", "x,y,"} {
		sc = bufio.NewScanner(strings.NewReader(in))
		sc.Split(onComma)
		var toks []string
		for sc.Scan() {
			toks = append(toks, sc.Text())
		}
		fmt.Printf("%q %v\n", toks, sc.Err())
	}
	bad := bufio.NewScanner(strings.NewReader("abc"))
	bad.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(bad.Scan(), bad.Err(), bad.Err() == bufio.ErrNegativeAdvance)
	far := bufio.NewScanner(strings.NewReader("abc"))
	far.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	fmt.Println(far.Scan(), far.Err() == bufio.ErrAdvanceTooFar, bufio.ErrBadReadCount)
}
