package main

import "fmt"

// Core types of channel type sets: ~chan T | ~<-chan T has the core type
// <-chan T (same element type, one direction), so a generic function can
// range over either a bidirectional or a receive-only channel.

func Recv[C ~chan T | ~<-chan T, T any](c C) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

type Queue chan string

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(Recv(c))
	var ro <-chan int = func() chan int {
		ch := make(chan int, 1)
		ch <- 9
		close(ch)
		return ch
	}()
	fmt.Println(Recv(ro))
	q := make(Queue, 1)
	q <- "q"
	close(q)
	fmt.Println(Recv(q))
}
