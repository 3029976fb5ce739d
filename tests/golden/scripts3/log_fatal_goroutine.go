// log_fatal_goroutine.go - log.Fatalf from a goroutine while main blocks in
// select{}: exit status 1, a bufio.Writer's unflushed bytes lost.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"time"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered: lost at exit")
	fmt.Println("main waiting")
	log.SetFlags(0)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("worker failing")
		log.Fatalf("worker: %v", os.ErrDeadlineExceeded)
	}()
	select {}
}
