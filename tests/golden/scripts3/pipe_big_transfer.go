// pipe_big_transfer.go - 1.6 MB through os.Pipe to a hashing goroutine (the
// writer must not block the reader), and 50,000 records through a bufio
// writer goroutine to a Scanner.
package main

import (
	"bufio"
	"crypto/md5"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r, w, _ := os.Pipe()
	done := make(chan string)
	go func() {
		h := md5.New()
		n, _ := io.Copy(h, r)
		done <- fmt.Sprintf("%d %x", n, h.Sum(nil))
	}()
	data := strings.Repeat("0123456789abcdef", 100000)
	n, err := w.WriteString(data)
	fmt.Println(n, err)
	w.Close()
	fmt.Println(<-done)
	r, w, _ = os.Pipe()
	go func() {
		bw := bufio.NewWriter(w)
		for i := 0; i < 50000; i++ {
			fmt.Fprintf(bw, "record %d\n", i)
		}
		bw.Flush()
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	cnt := 0
	last := ""
	for sc.Scan() {
		cnt++
		last = sc.Text()
	}
	fmt.Println(cnt, last, sc.Err())
	fmt.Printf("%x\n", md5.Sum([]byte(data)))
}
