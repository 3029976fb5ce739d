package main

import "sync/atomic"

func main() {
	var p atomic.Pointer
	_ = p
}
