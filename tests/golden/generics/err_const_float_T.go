package main

import "fmt"

// 1.5 cannot be converted to every type in T's type set (not to int).

func Scale[T ~int | ~float64](x T) T {
	return x * 1.5
}

func main() {
	fmt.Println(Scale(2.0))
}
