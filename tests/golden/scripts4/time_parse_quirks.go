package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Parse(".9x5\t", ".3x.6\t"))
	fmt.Println(time.Parse("15523", "195123-"))
	fmt.Println(time.Parse("5", ".6"))
	fmt.Println(time.Parse("5", "6.6"))
	fmt.Println(time.Parse("05", ".123"))
	fmt.Println(time.Parse("15", "25"))
	fmt.Println(time.Parse("155", "2512"))
	fmt.Println(time.Parse("3", "13"))
	fmt.Println(time.Parse("x5", "x.5"))
}
