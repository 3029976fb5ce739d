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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Println(ctx.Err())
	p, _ := os.FindProcess(os.Getpid())
	p.Signal(syscall.SIGTERM)
	select {
	case <-ctx.Done():
		fmt.Println("signalled:", ctx.Err())
	case <-time.After(3 * time.Second):
		fmt.Println("timeout")
	}
	ctx2, stop2 := signal.NotifyContext(context.Background(), syscall.SIGUSR1)
	stop2()
	fmt.Println(ctx2.Err())
	_, ok := ctx2.Deadline()
	fmt.Println(ok)
}
