// exec_waitstatus.go - the pre-Go-1.12 idiom for exit codes: ProcessState.Sys()
// as a syscall.WaitStatus (Exited, ExitStatus, Signaled, Signal...), through
// *exec.ExitError too; UserTime/SystemTime.
package main

import (
	"fmt"
	"os/exec"
	"syscall"
)

func main() {
	for _, c := range []string{"exit 0", "exit 3", "kill -TERM $$", "kill -9 $$"} {
		cmd := exec.Command("sh", "-c", c)
		err := cmd.Run()
		ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
		fmt.Println(c, "|", err, ws.Exited(), ws.ExitStatus(), ws.Signaled(), ws.Signal(), ws.CoreDump(), ws.Stopped(), ws.Continued(), ws.StopSignal())
		fmt.Println(cmd.ProcessState.UserTime() >= 0, cmd.ProcessState.SystemTime() >= 0)
		if ee, ok := err.(*exec.ExitError); ok {
			st := ee.Sys().(syscall.WaitStatus)
			fmt.Println("exit status via Sys:", st.ExitStatus())
		}
	}
	fmt.Printf("%T\n", exec.Command("true").ProcessState)
}
