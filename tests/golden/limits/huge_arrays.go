package main

import "fmt"

func main() {
	p := new([1<<32 + 3]byte)
	p[1<<32+2] = 9
	q := p[1<<32:]
	fmt.Println(len(p), p[1<<32+2], len(q), q[2])
	x := new([5][1 << 30]int8)
	x[4][1<<30-1] = 5
	fmt.Println(len(x), len(x[4]), x[4][1<<30-1])
}
