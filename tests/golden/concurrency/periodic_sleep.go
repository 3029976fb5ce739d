// periodic_sleep: a ticker-free periodic loop with time.Sleep; a worker
// reports progress every 50 ms and main polls with select/default.
package main

import (
	"fmt"
	"time"
)

func main() {
	progress := make(chan int, 10)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 4; i++ {
			time.Sleep(50 * time.Millisecond)
			progress <- i * 25
		}
		close(done)
	}()
	start := time.Now()
	polls := 0
	for {
		select {
		case p := <-progress:
			fmt.Printf("progress %d%%\n", p)
			continue
		case <-done:
			for len(progress) > 0 {
				fmt.Printf("progress %d%%\n", <-progress)
			}
			el := time.Since(start)
			fmt.Println("done; elapsed >= 200ms:", el >= 200*time.Millisecond, "polled:", polls > 0)
			return
		default:
			polls++
			time.Sleep(10 * time.Millisecond)
		}
	}
}
