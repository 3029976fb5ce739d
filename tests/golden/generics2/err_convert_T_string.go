package main

import "fmt"

// Converting an unconstrained T to string.

func Key[T any](x T) string {
	return "k:" + string(x)
}

func main() {
	fmt.Println(Key(42))
}
