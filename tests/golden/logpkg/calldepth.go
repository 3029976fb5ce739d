package main

import (
	"log"
	"os"
)

func helper(msg string) {
	log.Output(2, msg)
}

func inner(l *log.Logger) {
	l.Output(1, "depth one")
	l.Output(2, "depth two")
}

func main() {
	log.SetFlags(log.Lshortfile)
	log.SetOutput(os.Stdout)
	helper("reported at main's call")
	l := log.New(os.Stdout, "L ", log.Lshortfile)
	inner(l)
	func() {
		log.Println("in a closure")
	}()
}
