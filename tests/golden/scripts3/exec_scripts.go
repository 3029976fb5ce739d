// exec_scripts.go - running scripts the program writes: a shebang script
// with duplicate Env entries, a non-executable file, a binary with no valid
// format, a directory, relative and PATH lookups, Stdout/Stdin as *os.File,
// Args[0] rewritten, LookPath of each.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "scripts")
	defer os.RemoveAll(dir)
	hide := func(s string) string { return strings.ReplaceAll(s, dir, "$D") }
	script := filepath.Join(dir, "hello.sh")
	os.WriteFile(script, []byte("#!/bin/sh\necho \"hello $1 from $(basename $0)\"\necho \"env=$MYVAR\"\n"), 0o755)
	noexec := filepath.Join(dir, "noexec.sh")
	os.WriteFile(noexec, []byte("#!/bin/sh\necho hi\n"), 0o644)
	garbage := filepath.Join(dir, "garbage")
	os.WriteFile(garbage, []byte("\x00\x01\x02binary"), 0o755)

	cmd := exec.Command(script, "world")
	cmd.Env = []string{"MYVAR=first", "MYVAR=second"}
	out, err := cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	_, err = exec.Command(noexec).Output()
	fmt.Println(hide(fmt.Sprint(err)), errors.Is(err, os.ErrPermission))
	_, err = exec.Command(garbage).Output()
	fmt.Println(hide(fmt.Sprint(err)))
	_, err = exec.Command(dir).Output()
	fmt.Println(hide(fmt.Sprint(err)))
	os.Chdir(dir)
	out, err = exec.Command("./hello.sh", "rel").Output()
	fmt.Printf("%q %v\n", out, err)
	_, err = exec.Command("hello.sh").Output()
	fmt.Println(err)
	f, _ := os.Create(filepath.Join(dir, "out.txt"))
	cmd = exec.Command("sh", "-c", "echo to file; echo err to file >&2")
	cmd.Stdout = f
	cmd.Stderr = f
	fmt.Println(cmd.Run())
	f.Close()
	b, _ := os.ReadFile(filepath.Join(dir, "out.txt"))
	fmt.Printf("%q\n", b)
	in, _ := os.Open(filepath.Join(dir, "out.txt"))
	cmd = exec.Command("wc", "-l")
	cmd.Stdin = in
	out, _ = cmd.Output()
	fmt.Println(strings.TrimSpace(string(out)))
	in.Close()
	cmd = exec.Command("sh", "-c", "echo $0")
	cmd.Args[0] = "renamed"
	out, _ = cmd.Output()
	fmt.Printf("%q\n", out)
	lp, err := exec.LookPath("./hello.sh")
	fmt.Println(lp, err)
	lp, err = exec.LookPath(script)
	fmt.Println(hide(lp), err)
	_, err = exec.LookPath(noexec)
	fmt.Println(hide(fmt.Sprint(err)))
	os.Setenv("PATH", dir+":"+os.Getenv("PATH"))
	lp, err = exec.LookPath("hello.sh")
	fmt.Println(hide(lp), err)
	out, err = exec.Command("hello.sh", "path").Output()
	fmt.Printf("%q %v\n", out, err)
}
