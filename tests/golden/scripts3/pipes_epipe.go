// pipes_epipe.go - os.Pipe between goroutines, then writes to pipes whose
// reader is gone: Go returns EPIPE ("write |1: broken pipe") instead of
// dying of SIGPIPE, for os.Pipe and for a child's StdinPipe.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	r, w, err := os.Pipe()
	fmt.Println(err, r.Name(), w.Name())
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "msg %d\n", i)
		}
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
	r.Close()
	r, w, _ = os.Pipe()
	r.Close()
	n, err := w.Write([]byte("into the void"))
	fmt.Println(n, err, errors.Is(err, syscall.EPIPE))
	w.Close()
	cmd := exec.Command("head", "-c", "5")
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	cmd.Start()
	werr := make(chan error)
	go func() {
		var err error
		for i := 0; i < 100 && err == nil; i++ {
			_, err = in.Write(make([]byte, 65536))
		}
		werr <- err
	}()
	data, _ := io.ReadAll(out)
	fmt.Printf("%q\n", data)
	err = <-werr
	fmt.Println("write to exited child:", err != nil, errors.Is(err, syscall.EPIPE))
	in.Close()
	cmd.Wait()
	fmt.Println("still alive")
}
