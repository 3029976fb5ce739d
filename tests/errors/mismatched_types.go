package main

import "fmt"

// Adding an int and a float64 without conversion.

func main() {
	count := 3
	price := 2.5
	fmt.Println(count * price)
}
