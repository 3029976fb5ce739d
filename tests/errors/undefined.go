package main

import "fmt"

// Using a name that was never declared (a typo of "total").

func main() {
	total := 0
	for i := 1; i <= 10; i++ {
		total += i
	}
	fmt.Println(totl)
}
