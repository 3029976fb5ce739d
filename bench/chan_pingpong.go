package main

import "fmt"

// Channel ping-pong: two goroutines bounce a counter over unbuffered
// channels (each round trip is two sends, two receives, two switches).
func main() {
	const rounds = 200000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println(v)
}
