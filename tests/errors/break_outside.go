package main

import "fmt"

// break outside of any loop, switch or select.

func main() {
	x := 1
	if x > 0 {
		break
	}
	fmt.Println(x)
}
