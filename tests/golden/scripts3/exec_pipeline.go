// exec_pipeline.go - a tool calling shell pipelines via exec: connecting
// two commands with StdoutPipe -> Stdin, streaming lines with a Scanner over
// StdoutPipe, a Stderr buffer, exit codes from a loop of commands, and
// os/exec with a context-free timeout done by Process.Kill.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

func run(name string, args ...string) (string, int) {
	var out, errb bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout = &out
	cmd.Stderr = &errb
	err := cmd.Run()
	code := 0
	var xe *exec.ExitError
	if errors.As(err, &xe) {
		code = xe.ExitCode()
	} else if err != nil {
		return "error: " + err.Error(), -1
	}
	return strings.TrimSpace(out.String() + "|" + errb.String()), code
}

func main() {
	for _, c := range []string{"exit 0", "exit 1", "echo hi; exit 7", "echo err >&2; exit 255", "true"} {
		out, code := run("sh", "-c", c)
		fmt.Printf("%-25q -> %d %q\n", c, code, out)
	}
	out, code := run("definitely-not-a-command")
	fmt.Println(out, code)

	producer := exec.Command("sh", "-c", "printf 'b\\na\\nc\\na\\n'")
	consumer := exec.Command("sort", "-u")
	pipe, err := producer.StdoutPipe()
	if err != nil {
		fmt.Println(err)
		return
	}
	consumer.Stdin = pipe
	var sorted bytes.Buffer
	consumer.Stdout = &sorted
	fmt.Println(producer.Start(), consumer.Start())
	fmt.Println(producer.Wait(), consumer.Wait())
	fmt.Printf("%q\n", sorted.String())

	cmd := exec.Command("sh", "-c", "for i in 1 2 3; do echo line $i; done; echo done >&2")
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Start()
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		fmt.Println("stream:", sc.Text())
	}
	fmt.Println(cmd.Wait(), strings.TrimSpace(stderr.String()))

	slow := exec.Command("sleep", "10")
	slow.Start()
	done := make(chan error, 1)
	go func() { done <- slow.Wait() }()
	select {
	case err := <-done:
		fmt.Println("finished early", err)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("kill:", slow.Process.Kill())
		err := <-done
		fmt.Println("wait:", err, slow.ProcessState.ExitCode(), slow.ProcessState.Exited())
		fmt.Println(slow.ProcessState.String())
	}
	_, err = exec.Command("sh", "-c", "exit 2").Output()
	fmt.Println(err.Error())
	fmt.Println(exec.Command("sh", "-c", "exit 2").Run() != nil)
}
