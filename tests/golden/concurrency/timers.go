// timers: time.NewTimer with Stop and Reset, time.AfterFunc, a Ticker
// stopped after three ticks, time.Tick; gaps of >= 50 ms keep the order
// deterministic.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired; Stop after firing:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t2.Stop(), "stop again:", t2.Stop())
	fmt.Println("reset stopped:", t2.Reset(50*time.Millisecond))
	<-t2.C
	fmt.Println("reset timer fired")

	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t3.Reset(50*time.Millisecond))
	select {
	case <-t3.C:
		fmt.Println("t3 fired")
	case <-time.After(time.Second):
		fmt.Println("t3 lost")
	}

	var wg sync.WaitGroup
	wg.Add(2)
	order := make(chan string, 3)
	time.AfterFunc(150*time.Millisecond, func() { order <- "second"; wg.Done() })
	time.AfterFunc(50*time.Millisecond, func() { order <- "first"; wg.Done() })
	cancelled := time.AfterFunc(100*time.Millisecond, func() { order <- "never" })
	fmt.Println("cancel AfterFunc:", cancelled.Stop())
	wg.Wait()
	close(order)
	for s := range order {
		fmt.Println("AfterFunc ran:", s)
	}

	tk := time.NewTicker(50 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		fmt.Println("tick", n)
		if n == 3 {
			tk.Stop()
			break
		}
	}
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(120 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}

	c := time.Tick(50 * time.Millisecond)
	for i := 0; i < 2; i++ {
		<-c
		fmt.Println("Tick", i)
	}
	fmt.Println("nil Tick:", time.Tick(0) == nil)
}
