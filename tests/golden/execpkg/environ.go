package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	cmd := exec.Command("/bin/sh", "-c", "echo $PWD; echo $A")
	cmd.Dir = "/tmp"
	out, err := cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	os.Setenv("GOSUB_X", "1")
	env := cmd.Environ()
	n := 0
	for _, e := range env {
		if strings.HasPrefix(e, "PWD=") || strings.HasPrefix(e, "GOSUB_X=") {
			fmt.Println(e)
			n++
		}
	}
	fmt.Println(n)
	cmd = exec.Command("/bin/sh", "-c", "echo $A $B")
	cmd.Env = []string{"A=1", "B=2", "A=3", "noequals", ""}
	out, _ = cmd.Output()
	fmt.Print(string(out))
	fmt.Println(cmd.Environ())
}
