package main

import "fmt"

// Integer division by zero at run time panics (float division does not).

func perItem(total, count int) int {
	return total / count
}

func main() {
	f := 0.0
	fmt.Println(1 / f)
	batches := []int{4, 2, 0}
	for _, b := range batches {
		fmt.Println("per item:", perItem(100, b))
	}
}
