package main

import "fmt"

func main() {
	fmt.Println(1 << 70)
	var x int8 = 300
	var y uint = -1
	f(1e100)
	var s []int = 1
	_, _, _ = x, y, s
}

func f(b int32) {}
