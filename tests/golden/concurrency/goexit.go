package main

// runtime.Goexit: deferred calls run (recover sees nil and does not stop it),
// in goroutines and in main; main's Goexit lets the others finish, then
// the program ends with "no goroutines (main called runtime.Goexit)".

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		r := recover()
		fmt.Println("worker", id, "recover sees", r)
	}()
	if id%2 == 0 {
		runtime.Goexit()
	}
	fmt.Println("worker", id, "finished normally")
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, &wg)
		wg.Wait()
	}
	go func() { defer fmt.Println("last one out"); runtime.Gosched() }()
	runtime.Goexit()
}
