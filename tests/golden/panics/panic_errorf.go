package main

import "fmt"

// panic with an error made by fmt.Errorf.

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Errorf("value %d is not positive", n))
	}
	return n
}

func main() {
	fmt.Println(mustPositive(3))
	fmt.Println(mustPositive(-2))
}
