// follow_rotate.go - a log follower and rotator: one goroutine appends lines
// to a log file (rotating it to .1 at a size limit), another follows it
// tail -f style by polling Stat and reading new bytes with ReadAt, handling
// truncation/rotation by reopening; results collected over channels.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

const limit = 120

func writer(path string, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	f, _ := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	for i := 0; i < n; i++ {
		fmt.Fprintf(f, "event %02d %s\n", i, strings.Repeat("*", i%5))
		if st, _ := f.Stat(); st.Size() > limit {
			f.Close()
			os.Rename(path, path+".1")
			f, _ = os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		}
		time.Sleep(2 * time.Millisecond)
	}
	f.Close()
}

func follow(path string, done <-chan struct{}, out chan<- string) {
	defer close(out)
	var f *os.File
	var off int64
	var partial string
	reopen := func() {
		if f != nil {
			f.Close()
		}
		f, _ = os.Open(path)
		off = 0
	}
	for {
		if f == nil {
			reopen()
		}
		if f != nil {
			buf := make([]byte, 64)
			for {
				n, err := f.ReadAt(buf, off)
				off += int64(n)
				partial += string(buf[:n])
				if err == io.EOF || n == 0 {
					break
				}
			}
			for {
				i := strings.IndexByte(partial, '\n')
				if i < 0 {
					break
				}
				out <- partial[:i]
				partial = partial[i+1:]
			}
			st, err := os.Stat(path)
			fst, _ := f.Stat()
			if err == nil && !os.SameFile(st, fst) {
				// rotated: drain the old file first
				for {
					n, _ := f.ReadAt(buf, off)
					if n == 0 {
						break
					}
					off += int64(n)
					partial += string(buf[:n])
				}
				for {
					i := strings.IndexByte(partial, '\n')
					if i < 0 {
						break
					}
					out <- partial[:i]
					partial = partial[i+1:]
				}
				reopen()
				continue
			}
		}
		select {
		case <-done:
			if f != nil {
				f.Close()
			}
			return
		case <-time.After(time.Millisecond):
		}
	}
}

func main() {
	dir, _ := os.MkdirTemp("", "follow")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "app.log")
	var wg sync.WaitGroup
	wg.Add(1)
	go writer(path, 30, &wg)
	done := make(chan struct{})
	lines := make(chan string)
	go follow(path, done, lines)
	got := map[string]bool{}
	go func() {
		wg.Wait()
		time.Sleep(30 * time.Millisecond)
		close(done)
	}()
	for l := range lines {
		got[l] = true
	}
	fmt.Println("distinct lines seen:", len(got) > 0)
	var all []string
	for _, p := range []string{path + ".1", path} {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			all = append(all, sc.Text())
		}
		f.Close()
	}
	fmt.Println("last two files hold", len(all) > 0, "lines; last:", all[len(all)-1])
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		fmt.Println(e.Name())
	}
}
