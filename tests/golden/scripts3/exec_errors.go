// exec_errors.go - os/exec as a script uses it: not-found commands,
// *exec.ExitError and ExitCode, Output capturing stderr in ExitError.Stderr,
// CombinedOutput, Stdin from a strings.Reader, Stdout into a bytes.Buffer,
// Dir, Env, Start/Wait, running twice, LookPath, String().
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	err := exec.Command("nosuch-cmd-xyz").Run()
	fmt.Println(err)
	fmt.Println(errors.Is(err, exec.ErrNotFound))
	var ee *exec.Error
	if errors.As(err, &ee) {
		fmt.Println("exec.Error", ee.Name, ee.Err)
	}
	_, err = exec.LookPath("nosuch-cmd-xyz")
	fmt.Println(err)
	p, err := exec.LookPath("sh")
	fmt.Println(strings.HasSuffix(p, "/sh"), err)
	_, err = exec.LookPath("/no/such/abs")
	fmt.Println(err)

	err = exec.Command("false").Run()
	fmt.Println(err)
	var xe *exec.ExitError
	if errors.As(err, &xe) {
		fmt.Println("exit code", xe.ExitCode(), xe.Exited(), xe.Success())
	}
	out, err := exec.Command("sh", "-c", "echo partial; echo oops >&2; exit 3").Output()
	fmt.Printf("%q %v\n", out, err)
	if errors.As(err, &xe) {
		fmt.Printf("stderr=%q code=%d\n", xe.Stderr, xe.ExitCode())
	}
	out, err = exec.Command("sh", "-c", "echo out; echo err >&2").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)

	cmd := exec.Command("cat")
	cmd.Stdin = strings.NewReader("from stdin\n")
	var buf bytes.Buffer
	cmd.Stdout = &buf
	fmt.Println(cmd.Run(), buf.String())
	fmt.Println(cmd.ProcessState.ExitCode(), cmd.ProcessState.Success(), cmd.ProcessState.Exited())
	fmt.Println(cmd.Run())

	cmd = exec.Command("sh", "-c", "pwd; echo $GREETING")
	cmd.Dir = "/"
	cmd.Env = append(os.Environ(), "GREETING=hi there")
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	cmd = exec.Command("sh", "-c", "echo x")
	cmd.Stdout = &buf
	_, err = cmd.Output()
	fmt.Println(err)

	cmd = exec.Command("sh", "-c", "read a; echo got $a; exit 4")
	in, _ := cmd.StdinPipe()
	outp, _ := cmd.StdoutPipe()
	fmt.Println(cmd.Start())
	fmt.Fprintln(in, "value")
	in.Close()
	b := make([]byte, 100)
	n, _ := outp.Read(b)
	fmt.Printf("%q\n", b[:n])
	err = cmd.Wait()
	fmt.Println(err, cmd.ProcessState.ExitCode())
	fmt.Println(cmd.Wait())
	fmt.Println(exec.Command("echo", "a b", "c").String())
	cmd = exec.Command("sh", "-c", "kill -9 $$")
	err = cmd.Run()
	fmt.Println(err, cmd.ProcessState.ExitCode())
	cmd = exec.Command("/no/such/bin")
	err = cmd.Start()
	fmt.Println(err)
	cmd = exec.Command("sh", "-c", "exit 0")
	cmd.Dir = "/no/such/dir"
	fmt.Println(cmd.Run())
	var nilcmd exec.Cmd
	fmt.Println(nilcmd.Run())
}
