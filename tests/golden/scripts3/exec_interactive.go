// exec_interactive.go - driving an interactive child: Stdin is an io.Pipe fed
// by goroutines that answer each line the child prints to a user io.Writer
// (Go copies a non-file Stdin in a goroutine; reading it whole first deadlocked).
package main

import (
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"
)

type lineWriter struct {
	mu    sync.Mutex
	lines []string
	onLine func(string)
	buf  string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.buf += string(p)
	for {
		i := strings.IndexByte(w.buf, '\n')
		if i < 0 {
			break
		}
		l := w.buf[:i]
		w.buf = w.buf[i+1:]
		w.lines = append(w.lines, l)
		if w.onLine != nil {
			w.onLine(l)
		}
	}
	return len(p), nil
}

func main() {
	pr, pw := io.Pipe()
	cmd := exec.Command("sh", "-c", "while read x; do echo \"echo:$x\"; [ \"$x\" = quit ] && exit 0; done")
	cmd.Stdin = pr
	n := 0
	lw := &lineWriter{}
	lw.onLine = func(l string) {
		n++
		if n < 3 {
			go fmt.Fprintf(pw, "msg%d\n", n)
		} else {
			go func() { fmt.Fprintln(pw, "quit"); pw.Close() }()
		}
	}
	cmd.Stdout = lw
	go fmt.Fprintln(pw, "start")
	err := cmd.Run()
	fmt.Println(err, lw.lines)
}
