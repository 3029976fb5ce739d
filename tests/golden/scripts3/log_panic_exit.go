// log_panic_exit.go - log.Panicln not recovered: the message goes to the
// log, then Go's panic output and exit status 2.
package main

import (
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("batch: ")
	log.Println("step 1")
	log.Panicln("step", 2, "failed")
}
