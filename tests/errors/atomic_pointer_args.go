package main

import "sync/atomic"

func main() {
	var q atomic.Pointer[int]
	q.Store(3)
	var r atomic.Pointer[string]
	r.Store(q.Load())
}
