package main

import "log"

func main() {
	log.SetFlags(0)
	log.Print("about to panic")
	log.Panicf("bad value %d", 42)
}
