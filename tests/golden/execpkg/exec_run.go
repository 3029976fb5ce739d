package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)

	err = exec.Command("false").Run()
	fmt.Println(err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println("exit code:", ee.ExitCode(), ee.Exited(), ee.Success(), ee.String())
	}
	err = exec.Command("/bin/sh", "-c", "exit 3").Run()
	fmt.Println(err, err.(*exec.ExitError).ExitCode())

	out, err = exec.Command("/bin/sh", "-c", "echo out; echo err 1>&2; exit 1").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)

	out, err = exec.Command("/bin/sh", "-c", "echo partial; echo oops >&2; exit 2").Output()
	fmt.Printf("%q %v %q\n", out, err, err.(*exec.ExitError).Stderr)

	cmd := exec.Command("/bin/sh", "-c", "tr a-z A-Z; echo done >&2")
	cmd.Stdin = strings.NewReader("make me loud\n")
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	fmt.Println(cmd.Run(), stdout.String(), stderr.String())

	cmd = exec.Command("pwd")
	cmd.Dir = "/"
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)

	cmd = exec.Command("/bin/sh", "-c", "echo $GREETING")
	cmd.Env = []string{"GREETING=hi from env"}
	out, _ = cmd.Output()
	fmt.Print(string(out))

	_, err = exec.Command("no-such-program-xyz").Output()
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))
	var execErr *exec.Error
	fmt.Println(errors.As(err, &execErr), execErr.Name)
	_, err = exec.LookPath("no-such-program-xyz")
	fmt.Println(err)
	p, err := exec.LookPath("sh")
	fmt.Println(strings.HasSuffix(p, "/sh"), err)
	_, err = exec.LookPath("/etc/passwd")
	fmt.Println(err)
	_, err = exec.LookPath("/nonexistent/prog")
	fmt.Println(err)

	cmd = exec.Command("/bin/sh", "-c", "echo start")
	fmt.Println(cmd.Wait())
	fmt.Println(cmd.Start(), cmd.Start())
	fmt.Println(cmd.Wait(), cmd.Wait())
	fmt.Println(cmd.ProcessState.ExitCode(), cmd.ProcessState.String(), cmd.Process.Pid > 0)

	cmd = exec.Command("/bin/sh", "-c", "for i in 1 2 3; do echo line $i; done")
	pipe, _ := cmd.StdoutPipe()
	cmd.Start()
	sc := bufio.NewScanner(pipe)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println(cmd.Wait())

	cmd = exec.Command("cat")
	in, _ := cmd.StdinPipe()
	var catOut bytes.Buffer
	cmd.Stdout = &catOut
	cmd.Start()
	io.WriteString(in, "piped into cat\n")
	in.Close()
	fmt.Println(cmd.Wait(), catOut.String())

	cmd = exec.Command("/bin/sh", "-c", "kill -9 $$")
	err = cmd.Run()
	fmt.Println(err, cmd.ProcessState.ExitCode())

	cmd = exec.Command("echo", "to", "our", "stdout")
	cmd.Stdout = os.Stdout
	fmt.Println("before")
	cmd.Run()
	fmt.Println("after")
	fmt.Println(exec.Command("echo", "a", "b").String())
	c2 := exec.Command("echo")
	_, err = c2.Output()
	c2.Stdout = nil
	fmt.Println(err)
	c3 := exec.Command("echo")
	c3.Stdout = os.Stdout
	_, err = c3.Output()
	fmt.Println(err)
	cmd = exec.Command("/etc/passwd")
	fmt.Println(cmd.Run())
	cmd = exec.Command("pwd")
	cmd.Dir = "/nonexistent"
	fmt.Println(cmd.Run())
}
