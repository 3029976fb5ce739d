// io_pipe_concurrent.go - io.Pipe with four concurrent writers (each Write
// arrives whole), CloseWithError(nil) on either end, a reader with a small
// buffer before a custom error, a writer unblocked by the reader's Close.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				fmt.Fprintf(pw, "w%d-%02d %s\n", w, i, strings.Repeat("x", i))
			}
		}(w)
	}
	go func() { wg.Wait(); pw.Close() }()
	sc := bufio.NewScanner(pr)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	sort.Strings(lines)
	fmt.Println(len(lines), lines[0], lines[len(lines)-1][:6], sc.Err())
	pr, pw = io.Pipe()
	pr.CloseWithError(nil)
	_, err := pw.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)
	pr, pw = io.Pipe()
	pw.CloseWithError(nil)
	_, err = pr.Read(make([]byte, 1))
	fmt.Println(err == io.EOF)
	pr, pw = io.Pipe()
	custom := errors.New("custom")
	go func() { pw.Write([]byte("abcdef")); pw.CloseWithError(custom) }()
	small := make([]byte, 4)
	var got []string
	for {
		n, err := pr.Read(small)
		got = append(got, string(small[:n]))
		if err != nil {
			fmt.Println(got, err == custom)
			break
		}
	}
	pr, pw = io.Pipe()
	wdone := make(chan string)
	go func() {
		n, err := pw.Write([]byte("never fully read"))
		wdone <- fmt.Sprint("writer: ", n, " ", err)
	}()
	buf := make([]byte, 5)
	n, _ := pr.Read(buf)
	fmt.Println(string(buf[:n]))
	pr.Close()
	fmt.Println(<-wdone)
	pr2, pw2 := io.Pipe()
	done := make(chan bool)
	go func() {
		b, _ := io.ReadAll(pr2)
		fmt.Println("reader got", len(b))
		done <- true
	}()
	io.Copy(pw2, strings.NewReader(strings.Repeat("y", 100000)))
	pw2.Close()
	<-done
	fmt.Println(pw2.Close(), pr2.Close())
}
