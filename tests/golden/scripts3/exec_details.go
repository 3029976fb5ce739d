// exec_details.go - os/exec details: Path/Args, Err of a missing command,
// CommandContext killed at its deadline, Env replaced, Start twice, Wait
// before Start, pipes after Start, ExitError methods, ErrDot.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	cmd := exec.Command("sh", "-c", "echo $0 $1 $#", "a", "b")
	out, err := cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	fmt.Println(filepath.Base(cmd.Path), cmd.Args)
	cmd = exec.Command("echo")
	fmt.Println(filepath.Base(cmd.Path), len(cmd.Args), cmd.Dir == "", cmd.Env == nil, cmd.Process == nil, cmd.ProcessState == nil)
	cmd = exec.Command("nosuch")
	fmt.Println(cmd.Path, cmd.Err)
	fmt.Println(cmd.String())
	cmd = exec.Command("sh", "-c", "cat; echo end")
	cmd.Stdin = bytes.NewBufferString("buffered input\n")
	out, err = cmd.CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	cmd = exec.Command("sh", "-c", "exit 5")
	err = cmd.Run()
	var ee *exec.ExitError
	errors.As(err, &ee)
	fmt.Println(ee.String(), ee.Pid() > 0, ee.ProcessState.ExitCode(), ee.Error())
	fmt.Printf("%q\n", ee.Stderr)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err = exec.CommandContext(ctx, "sleep", "5").Run()
	fmt.Println(err, ctx.Err())
	cmd = exec.Command("sh", "-c", "echo $FOO; pwd")
	cmd.Env = []string{"FOO=bar"}
	cmd.Dir = "/"
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	cmd = exec.Command("sh", "-c", "echo out; echo err 1>&2")
	var both bytes.Buffer
	cmd.Stdout = &both
	cmd.Stderr = &both
	fmt.Println(cmd.Run(), strings.Count(both.String(), "\n"))
	cmd = exec.Command("true")
	fmt.Println(cmd.Start(), cmd.Start())
	fmt.Println(cmd.Wait())
	cmd = exec.Command("true")
	fmt.Println(cmd.Wait())
	cmd = exec.Command("sh", "-c", "echo to-real-stdout")
	cmd.Stdout = os.Stdout
	cmd.Run()
	fmt.Println("after")
	cmd = exec.Command("sh", "-c", "exit 3")
	cmd.Run()
	fmt.Println(cmd.ProcessState, cmd.ProcessState.Pid() > 0, cmd.ProcessState.Success())
	cmd = exec.Command("./relative-nosuch")
	fmt.Println(cmd.Run())
	cmd = exec.Command("")
	fmt.Println(cmd.Run())
	cmd = exec.Command("sh", "-c", "read x; echo $x")
	w, _ := cmd.StdinPipe()
	var ob bytes.Buffer
	cmd.Stdout = &ob
	cmd.Start()
	w.Write([]byte("piped\n"))
	w.Close()
	cmd.Wait()
	fmt.Print(ob.String())
	_, err = cmd.StdinPipe()
	fmt.Println(err)
	c2 := exec.Command("echo", "hi")
	c2.Stdout = &ob
	_, err = c2.StdoutPipe()
	fmt.Println(err)
	fmt.Println(exec.ErrNotFound, exec.ErrDot)
	fmt.Println(c2.Environ() != nil)
}
