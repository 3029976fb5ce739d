// signal_notify_ctx.go - os/signal: Notify on two channels (one for all
// signals), NotifyContext cancelled by SIGTERM from a goroutine, Ignore /
// Ignored / Reset, signal names, a full buffered channel dropping a signal.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c1 := make(chan os.Signal, 1)
	c2 := make(chan os.Signal, 4)
	signal.Notify(c1, os.Interrupt)
	signal.Notify(c2)
	syscall.Kill(syscall.Getpid(), syscall.SIGINT)
	s1 := <-c1
	s2 := <-c2
	fmt.Println(s1, s2, s1 == s2)
	signal.Stop(c2)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	go func() {
		time.Sleep(20 * time.Millisecond)
		p, _ := os.FindProcess(os.Getpid())
		p.Signal(syscall.SIGTERM)
	}()
	select {
	case <-ctx.Done():
		fmt.Println("ctx done:", ctx.Err())
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}
	fmt.Println(signal.Ignored(syscall.SIGINT))
	signal.Ignore(syscall.SIGHUP)
	fmt.Println(signal.Ignored(syscall.SIGHUP))
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	time.Sleep(10 * time.Millisecond)
	signal.Reset(syscall.SIGHUP)
	fmt.Println(signal.Ignored(syscall.SIGHUP))
	var s os.Signal = syscall.SIGWINCH
	fmt.Printf("%v %s %d %T\n", s, s, s, s)
	for _, sg := range []syscall.Signal{syscall.SIGPIPE, syscall.SIGALRM, syscall.SIGCHLD, syscall.SIGQUIT, syscall.SIGKILL, syscall.SIGSTOP, syscall.SIGSEGV, syscall.SIGABRT, syscall.Signal(64), syscall.Signal(100)} {
		fmt.Println(int(sg), sg.String())
	}
	signal.Notify(c1, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	time.Sleep(20 * time.Millisecond)
	fmt.Println(len(c1))
	<-c1
	select {
	case s := <-c1:
		fmt.Println("second", s)
	default:
		fmt.Println("dropped")
	}
}
