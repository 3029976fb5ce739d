package main

import "fmt"

func main() {
	s := uint(3)
	var f float64 = 1 << s
	var g = 2.0 * (1 << s)
	var i interface{} = 1 << s
	var h int64 = 1 << s
	fmt.Println(f, g, i, h)
}
