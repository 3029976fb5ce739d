package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	p, _ := os.FindProcess(os.Getpid())
	fmt.Println(p.Signal(os.Interrupt))
	s := <-c
	fmt.Println("got", s, s == os.Interrupt)
	p.Signal(syscall.SIGTERM)
	select {
	case s = <-c:
		fmt.Println("got", s)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
	signal.Stop(c)
	signal.Ignore(syscall.SIGUSR1)
	p.Signal(syscall.SIGUSR1)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("still alive", os.Interrupt, os.Kill, syscall.SIGUSR1)
}
