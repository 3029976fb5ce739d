package main

// A non-constant untyped value takes the type of the conversion it is in
// (types2): float64(1<<s) shifts a float64, which is an error.

import "fmt"

func main() {
	var s uint = 1
	fmt.Println(float64(1<<s), float32(1<<s+3))
	fmt.Println(int64(1<<s), uint8(1<<s+1))
}
