// log_multi_concurrent.go - a Logger over io.MultiWriter, io.Discard, twenty
// goroutines logging through a locked writer, Lshortfile, a nil writer (Go
// panics inside Print; recovered).
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync"
)

func main() {
	var buf bytes.Buffer
	l := log.New(io.MultiWriter(os.Stdout, &buf), "[multi] ", log.Lmsgprefix)
	l.Println("both")
	fmt.Printf("%q\n", buf.String())
	log.SetOutput(io.Discard)
	log.Println("discarded")
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var sb strings.Builder
	cl := log.New(&lockedW{&mu, &sb}, "", 0)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cl.Printf("worker %02d done", i)
		}(i)
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSpace(sb.String()), "\n")
	fmt.Println(len(lines))
	l2 := log.New(os.Stdout, "", log.Lshortfile)
	l2.Printf("%s", strings.Repeat("ab", 3))
	fmt.Println(log.Prefix() == "", log.Flags())
	defer fmt.Println("deferred")
	nl := log.New(nil, "", 0)
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		nl.Print("to nil")
	}()
}

type lockedW struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedW) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
