package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type wrapper struct{ io.Reader }

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type rot13 struct{ r io.Reader }

func (x rot13) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func main() {
	sc := bufio.NewScanner(wrapper{strings.NewReader("a\nb\n")})
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	w := bufio.NewWriter(upperWriter{os.Stdout})
	fmt.Fprintln(w, "shout through bufio")
	w.Flush()
	io.Copy(os.Stdout, rot13{strings.NewReader("Uryyb, Tbcure!\n")})
	var n int
	var word string
	fmt.Fscan(rot13{strings.NewReader("42 jbeq")}, &n, &word)
	fmt.Println(n, word)
	r := bufio.NewReader(rot13{strings.NewReader("yvar bar\nyvar gjb")})
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
}
