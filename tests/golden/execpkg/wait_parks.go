// wait_parks.go - a goroutine in cmd.Wait (or Run/Output) lets the others
// run: one ticks every 10ms while another waits for `sleep 0.2`.
package main

import (
	"fmt"
	"os/exec"
	"time"
)

func main() {
	done := make(chan error)
	go func() {
		done <- exec.Command("sleep", "0.2").Run()
	}()
	ticks := 0
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
loop:
	for {
		select {
		case err := <-done:
			fmt.Println("sleep done:", err)
			break loop
		case <-t.C:
			ticks++
		}
	}
	fmt.Println("ticked while waiting:", ticks >= 10)

	// Output through a pipe while a goroutine counts.
	out := make(chan string)
	go func() {
		b, err := exec.Command("sh", "-c", "sleep 0.1; echo hi; sleep 0.1; echo there").Output()
		out <- fmt.Sprintf("%q %v", b, err)
	}()
	n := 0
	for {
		select {
		case s := <-out:
			fmt.Println(s, n >= 10)
			return
		default:
			n++
			time.Sleep(5 * time.Millisecond)
		}
	}
}
