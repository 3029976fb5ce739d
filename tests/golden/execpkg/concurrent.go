package main

import (
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"
)

func main() {
	cmd := exec.Command("cat")
	stdin, _ := cmd.StdinPipe()
	go func() {
		defer stdin.Close()
		io.WriteString(stdin, "values written to stdin are passed to cmd's standard input")
	}()
	out, err := cmd.CombinedOutput()
	fmt.Printf("%s %v\n", out, err)

	cmd = exec.Command("sleep", "10")
	cmd.Start()
	time.AfterFunc(100*time.Millisecond, func() { cmd.Process.Kill() })
	start := time.Now()
	err = cmd.Wait()
	fmt.Println(err, time.Since(start) < 5*time.Second)

	cmd = exec.Command("/bin/sh", "-c", "read x; echo got $x")
	cmd.Stdin = strings.NewReader("hello\n")
	done := make(chan string)
	go func() {
		out, _ := cmd.Output()
		done <- string(out)
	}()
	fmt.Print(<-done)
}
