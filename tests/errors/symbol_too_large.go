package main

import "fmt"

var g [3 << 30]byte

func main() {
	fmt.Println(len(g))
}
