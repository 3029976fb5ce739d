package main

import "fmt"

func boom(n int) {
	if n == 0 {
		panic(fmt.Sprintf("boom at %d", n))
	}
	boom(n - 1)
}

func main() {
	done := make(chan bool)
	go func() {
		boom(3)
		done <- true
	}()
	<-done
}
