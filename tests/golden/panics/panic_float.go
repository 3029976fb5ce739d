package main

import "fmt"

// panic with a float64 value prints it in print's %e-like form.

func main() {
	ratio := 1.5
	fmt.Println("ratio", ratio)
	if ratio > 1 {
		panic(ratio)
	}
}
