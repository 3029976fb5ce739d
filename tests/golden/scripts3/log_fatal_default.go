// log_fatal_default.go - log.Fatal through the default logger with its
// default flags off, after some Print lines to stderr: exit status 1 and
// the deferred function not run.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: not printed")
	log.SetFlags(0)
	log.Print("starting")
	log.Printf("%d workers", 4)
	fmt.Println("stdout line")
	log.Fatal("cannot continue: ", fmt.Errorf("disk %s", "full"))
}
