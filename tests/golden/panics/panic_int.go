package main

import "fmt"

// panic with an int value prints the number.

func main() {
	codes := []int{200, 404}
	for _, c := range codes {
		fmt.Println("status", c)
		if c >= 400 {
			panic(c)
		}
	}
}
