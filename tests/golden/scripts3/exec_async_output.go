// exec_async_output.go - a child's output reaches a user io.Writer while it runs
// (Go copies it in goroutines from Start): the program waits for "READY"
// before answering on StdinPipe; Process.Wait then Cmd.Wait errors.
package main

import (
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"
	"time"
)

type notifyWriter struct {
	mu    sync.Mutex
	buf   strings.Builder
	ready chan struct{}
	once  sync.Once
}

func (w *notifyWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Contains(w.buf.String(), "READY") {
		w.once.Do(func() { close(w.ready) })
	}
	return len(p), nil
}

func main() {
	w := &notifyWriter{ready: make(chan struct{})}
	cmd := exec.Command("sh", "-c", "echo booting; echo READY; read x; echo got $x")
	cmd.Stdout = w
	in, _ := cmd.StdinPipe()
	if err := cmd.Start(); err != nil {
		fmt.Println(err)
		return
	}
	select {
	case <-w.ready:
		fmt.Println("child is ready")
	case <-time.After(3 * time.Second):
		fmt.Println("timeout waiting for READY")
	}
	io.WriteString(in, "go\n")
	in.Close()
	fmt.Println(cmd.Wait())
	fmt.Printf("%q\n", w.buf.String())

	var big strings.Builder
	cmd = exec.Command("head", "-c", "200000", "/dev/zero")
	cmd.Stdout = &big
	cmd.Start()
	st, err := cmd.Process.Wait()
	fmt.Println(st.ExitCode(), err)
	time.Sleep(50 * time.Millisecond)
	fmt.Println(cmd.Wait() != nil)
}
