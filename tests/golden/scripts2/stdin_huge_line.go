// stdin_huge_line.go - a line filter over standard input that meets a
// line longer than bufio.Scanner's default limit, then retries with a
// larger buffer. Standard input is a file the script writes itself.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func countLines(r io.Reader, max int) (int, int, error) {
	sc := bufio.NewScanner(r)
	if max > 0 {
		sc.Buffer(make([]byte, 0, 1024), max)
	}
	lines, longest := 0, 0
	for sc.Scan() {
		lines++
		if n := len(sc.Text()); n > longest {
			longest = n
		}
	}
	return lines, longest, sc.Err()
}

func main() {
	f, err := os.CreateTemp("", "stdin-*.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "short line")
	fmt.Fprintln(w, strings.Repeat("x", 100000))
	fmt.Fprintln(w, "after the long one")
	fmt.Fprint(w, "no newline at the end")
	w.Flush()

	for _, max := range []int{0, 200000} {
		f.Seek(0, io.SeekStart)
		os.Stdin = f
		lines, longest, err := countLines(os.Stdin, max)
		fmt.Printf("max=%d: %d lines, longest %d, err=%v\n", max, lines, longest, err)
	}
	f.Seek(0, io.SeekStart)
	br := bufio.NewReaderSize(f, 16)
	line, prefix, err := br.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	line, prefix, err = br.ReadLine()
	fmt.Printf("%d %v %v\n", len(line), prefix, err)
	rest, err := br.ReadString('\n')
	fmt.Println(len(rest), err)

	sc := bufio.NewScanner(strings.NewReader("a,b,,c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(sc.Err())
}
