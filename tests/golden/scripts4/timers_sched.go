package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stop before fire:", t.Stop(), t.Stop())
	fmt.Println("reset:", t.Reset(20*time.Millisecond))
	<-t.C
	fmt.Println("fired; stop after fire:", t.Stop())

	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Reset(5 * time.Millisecond)
		}
		if n == 6 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)

	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, d := range []int{30, 10, 20} {
		wg.Add(1)
		d := d
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() {
			mu.Lock()
			order = append(order, fmt.Sprint(d))
			mu.Unlock()
			wg.Done()
		})
	}
	cancelled := time.AfterFunc(time.Millisecond, func() { fmt.Println("should not run") })
	fmt.Println("cancel:", cancelled.Stop())
	wg.Wait()
	fmt.Println(order)

	select {
	case <-time.After(15 * time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	dl, ok := ctx.Deadline()
	fmt.Println(ok, !dl.IsZero())

	results := make(chan string)
	go func() {
		time.Sleep(5 * time.Millisecond)
		results <- "fast"
	}()
	timeout := time.NewTimer(time.Second)
	select {
	case r := <-results:
		fmt.Println(r, timeout.Stop())
	case <-timeout.C:
		fmt.Println("slow")
	}
	tc := time.Tick(2 * time.Millisecond)
	<-tc
	<-tc
	el := time.Since(start)
	fmt.Println(el > 80*time.Millisecond, el < 5*time.Second, time.Until(start) < 0)
	var zt *time.Timer
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	zt.Stop()
}
