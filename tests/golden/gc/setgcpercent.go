// setgcpercent: runtime/debug.SetGCPercent returns the previous setting,
// and runtime.GC/ReadMemStats count cycles and keep only reachable data.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	data [64]byte
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head}
	}
	return head
}

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println("default GOGC:", old)
	fmt.Println("after set:", debug.SetGCPercent(old))

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	keep := build(500)
	for i := 0; i < 10; i++ {
		build(500) // garbage
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("cycles ran:", after.NumGC > before.NumGC)
	fmt.Println("live heap bounded:", after.HeapAlloc-before.HeapAlloc < 10<<20)
	fmt.Println("objects = mallocs - frees:", after.HeapObjects == after.Mallocs-after.Frees)
	n := 0
	for p := keep; p != nil; p = p.next {
		n++
	}
	fmt.Println("kept list intact:", n)
}
