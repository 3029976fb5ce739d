package main

import "fmt"

// Index out of range on an array with a variable index, and on a string.

func main() {
	var week [7]string
	week[0] = "mon"
	s := "abc"
	fmt.Println(s[2], week[0])
	for i := 5; i < 10; i++ {
		fmt.Println("day", i, week[i] == "")
	}
}
