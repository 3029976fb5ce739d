// timers_ticks.go - a polling loop with time.Ticker, a timeout with
// time.After, a debounce with time.AfterFunc and Timer.Reset/Stop, all
// with deterministic output.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ticker := time.NewTicker(5 * time.Millisecond)
	n := 0
	deadline := time.After(200 * time.Millisecond)
loop:
	for {
		select {
		case <-ticker.C:
			n++
			if n == 5 {
				ticker.Stop()
				break loop
			}
		case <-deadline:
			fmt.Println("deadline first?!")
			break loop
		}
	}
	fmt.Println("ticks:", n)

	result := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		result <- "slow answer"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out waiting")
	}
	fmt.Println("late:", <-result)

	var mu sync.Mutex
	fired := []string{}
	var debounce *time.Timer
	trigger := func(ev string) {
		mu.Lock()
		defer mu.Unlock()
		if debounce != nil {
			debounce.Stop()
		}
		debounce = time.AfterFunc(20*time.Millisecond, func() {
			mu.Lock()
			fired = append(fired, ev)
			mu.Unlock()
		})
	}
	for _, ev := range []string{"a", "b", "c"} {
		trigger(ev)
		time.Sleep(2 * time.Millisecond)
	}
	time.Sleep(60 * time.Millisecond)
	trigger("d")
	time.Sleep(60 * time.Millisecond)
	mu.Lock()
	fmt.Println("fired:", fired)
	mu.Unlock()

	t := time.NewTimer(time.Hour)
	fmt.Println("stop:", t.Stop(), "stop again:", t.Stop())
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 15*time.Millisecond, el < time.Second, time.Until(start) < 0)
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Hours(), d.Minutes(), time.Duration(1500)*time.Microsecond)
}
