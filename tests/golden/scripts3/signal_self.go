// signal_self.go - os/signal Notify with a buffered channel, a signal sent
// to ourselves via syscall-free os.FindProcess + Signal, Stop and Ignore,
// signal.NotifyContext-free shutdown, printing os.Signal values.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGUSR1, syscall.SIGHUP)
	p, err := os.FindProcess(os.Getpid())
	fmt.Println(err)
	p.Signal(syscall.SIGUSR1)
	select {
	case s := <-ch:
		fmt.Println("got", s, s == syscall.SIGUSR1)
		fmt.Printf("%v %d\n", s, s)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	fmt.Println("got", <-ch)
	signal.Stop(ch)
	signal.Ignore(syscall.SIGUSR2)
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	time.Sleep(50 * time.Millisecond)
	fmt.Println(os.Interrupt, os.Kill, syscall.SIGTERM, syscall.SIGINT == os.Interrupt)
	fmt.Println(signal.Ignored(syscall.SIGUSR2))
	signal.Reset()
	fmt.Println("done")
}
