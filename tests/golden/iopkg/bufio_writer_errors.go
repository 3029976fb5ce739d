package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type limited struct{ left int }

func (l *limited) Write(p []byte) (int, error) {
	if len(p) > l.left {
		n := l.left
		l.left = 0
		return n, errors.New("device full")
	}
	l.left -= len(p)
	return len(p), nil
}

func main() {
	dir, _ := os.MkdirTemp("", "bw")
	defer os.RemoveAll(dir)
	f, _ := os.Create(filepath.Join(dir, "x"))
	w := bufio.NewWriter(f)
	w.WriteString("hello")
	f.Close()
	err := w.Flush()
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	n, err := w.WriteString("more")
	fmt.Println(n, err != nil, w.WriteByte('x') != nil, w.Buffered())
	_, err = w.WriteRune('é')
	fmt.Println(err != nil)

	lw := bufio.NewWriterSize(&limited{left: 20}, 16)
	for i := 0; i < 5; i++ {
		n, err := lw.WriteString("0123456789")
		fmt.Println(n, err, lw.Buffered(), lw.Available())
	}
	fmt.Println(lw.Flush())
	lw.Reset(&limited{left: 100})
	lw.WriteString("ok")
	fmt.Println(lw.Flush(), lw.Buffered())
	big := bufio.NewWriterSize(&limited{left: 5}, 16)
	n, err = big.WriteString(strings.Repeat("z", 40))
	fmt.Println(n, err)
}
