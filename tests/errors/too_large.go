package main

import "fmt"

var a [1 << 62]byte

func main() {
	var b [1 << 62]byte
	p := new([1 << 60]int)
	fmt.Println(len(a), len(b), len(p))
}
