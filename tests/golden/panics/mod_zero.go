package main

import "fmt"

// Modulo by zero on a small integer type panics the same way.

func main() {
	var buckets uint8 = 3
	for i := 0; i < 4; i++ {
		fmt.Println("bucket", uint8(i*7)%buckets)
		buckets--
	}
}
