// sh_pipeline.go - run /bin/sh pipelines with os/exec: capture output,
// feed stdin, read exit codes and stderr from *exec.ExitError.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("/bin/sh", "-c", "printf 'b\\na\\nc\\na\\nb\\na\\n' | sort | uniq -c | sort -rn").Output()
	fmt.Printf("%s err=%v\n", out, err)

	cmd := exec.Command("sh", "-c", "tr a-z A-Z | rev")
	cmd.Stdin = strings.NewReader("hello\nworld\n")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if err := cmd.Run(); err != nil {
		fmt.Println("run:", err)
	}
	fmt.Print(stdout.String())

	cmd = exec.Command("sh", "-c", "echo to-out; echo to-err >&2; exit 3")
	out, err = cmd.Output()
	fmt.Printf("out=%q err=%v\n", out, err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Printf("exit code %d, stderr %q, exited=%v success=%v\n", ee.ExitCode(), ee.Stderr, ee.Exited(), ee.Success())
	}

	both, err := exec.Command("sh", "-c", "echo one; echo two >&2; echo three").CombinedOutput()
	fmt.Printf("%q %v\n", both, err)

	cmd = exec.Command("sh", "-c", "pwd; echo $GREETING")
	cmd.Dir = "/"
	cmd.Env = []string{"GREETING=hi there"}
	out, _ = cmd.Output()
	fmt.Printf("%q\n", out)

	_, err = exec.Command("definitely-not-a-command-xyz").Output()
	fmt.Println(err)
	var en *exec.Error
	fmt.Println(errors.As(err, &en), errors.Is(err, exec.ErrNotFound))

	p, err := exec.LookPath("sh")
	fmt.Println(strings.HasSuffix(p, "/sh"), err)

	c := exec.Command("echo", "a", "b c")
	fmt.Println(c.String(), len(c.Args))
	if err := c.Start(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(c.Wait(), c.ProcessState.ExitCode(), c.Wait())
}
