package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	defer func() {
		fmt.Println("recovered:", recover())
		var nilch chan int
		close(nilch)
	}()
	close(ch)
}
