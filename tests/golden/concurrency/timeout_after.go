// timeout_after: select with time.After; a worker that never answers
// loses to a 50 ms timeout, a fast worker wins against a long one.
package main

import (
	"fmt"
	"time"
)

func slow(out chan<- string) {
	// never answers
	select {}
}

func fast(out chan<- string, v string) {
	out <- v
}

func ask(name string, worker func(chan<- string), limit time.Duration) {
	ch := make(chan string, 1)
	go worker(ch)
	select {
	case v := <-ch:
		fmt.Printf("%s: got %q\n", name, v)
	case <-time.After(limit):
		fmt.Printf("%s: timed out after %v\n", name, limit)
	}
}

func main() {
	ask("silent", slow, 50*time.Millisecond)
	ask("quick", func(c chan<- string) { fast(c, "pong") }, 2*time.Second)
	ask("late", func(c chan<- string) {
		time.Sleep(300 * time.Millisecond)
		c <- "too late"
	}, 50*time.Millisecond)

	// the value received from After is a time
	start := time.Now()
	t := <-time.After(60 * time.Millisecond)
	fmt.Println("after fired:", !t.Before(start), time.Since(start) >= 60*time.Millisecond)

	// a loop of timeouts: each attempt gives up after 50 ms
	results := make(chan int)
	go func() {
		time.Sleep(170 * time.Millisecond)
		results <- 42
	}()
	for attempt := 1; ; attempt++ {
		select {
		case r := <-results:
			fmt.Println("result", r, "on attempt", attempt)
			return
		case <-time.After(100 * time.Millisecond):
			fmt.Println("attempt", attempt, "timed out")
		}
	}
}
