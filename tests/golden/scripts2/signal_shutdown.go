// signal_shutdown.go - graceful shutdown: the program sends itself
// SIGINT and SIGHUP (through kill(1)); a goroutine receives them from
// signal.Notify and stops the workers.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"sync"
	"syscall"
	"time"
)

func main() {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGHUP)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	processed := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-quit:
					return
				default:
					mu.Lock()
					processed++
					mu.Unlock()
					time.Sleep(time.Millisecond)
				}
			}
		}()
	}
	pid := strconv.Itoa(os.Getpid())
	if err := exec.Command("kill", "-HUP", pid).Run(); err != nil {
		fmt.Println(err)
	}
	s := <-sigs
	fmt.Println("got", s, "- reloading config")
	exec.Command("kill", "-INT", pid).Run()
	s = <-sigs
	fmt.Println("got", s, "- shutting down")
	close(quit)
	wg.Wait()
	signal.Stop(sigs)
	mu.Lock()
	fmt.Println("workers stopped, processed something:", processed > 0)
	mu.Unlock()
	fmt.Println(syscall.SIGTERM, syscall.SIGKILL, os.Kill)
}
