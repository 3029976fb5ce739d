// exec_big_io.go - os/exec with more data than a pipe holds: Output of 3 MB,
// CombinedOutput interleaving, a partial StdoutPipe read then Wait, a 500 KB
// strings.Reader as Stdin with Stdout captured (a deadlock before: the stdin
// pump blocked in write), StdinPipe fed by a goroutine while main reads.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("head", "-c", "3000000", "/dev/zero").Output()
	fmt.Println(len(out), err)
	out, err = exec.Command("sh", "-c", "i=0; while [ $i -lt 2000 ]; do echo out$i; echo err$i >&2; i=$((i+1)); done").CombinedOutput()
	fmt.Println(len(out), err, bytes.Count(out, []byte("\n")))
	cmd := exec.Command("sh", "-c", "echo one; echo two; echo three")
	pipe, _ := cmd.StdoutPipe()
	cmd.Start()
	buf := make([]byte, 4)
	n, _ := pipe.Read(buf)
	fmt.Printf("%q\n", buf[:n])
	fmt.Println(cmd.Wait())
	_, err = pipe.Read(buf)
	fmt.Println(err)
	cmd = exec.Command("cat")
	cmd.Stdin = strings.NewReader(strings.Repeat("z", 500000))
	var sink bytes.Buffer
	cmd.Stdout = &sink
	fmt.Println(cmd.Run(), sink.Len())
	cmd = exec.Command("sh", "-c", "cat >&2")
	cmd.Stdin = strings.NewReader("to stderr via cat\n")
	var eb bytes.Buffer
	cmd.Stderr = &eb
	fmt.Println(cmd.Run(), eb.String())
	cmd = exec.Command("cat")
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Start()
	go func() {
		io.Copy(stdin, strings.NewReader(strings.Repeat("line\n", 100000)))
		stdin.Close()
	}()
	all, _ := io.ReadAll(stdout)
	fmt.Println(len(all), cmd.Wait())
	cmd = exec.Command("sh", "-c", "exit 1")
	stderr, _ := cmd.StderrPipe()
	cmd.Start()
	io.ReadAll(stderr)
	fmt.Println(cmd.Wait())
}
