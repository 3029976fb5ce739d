package main

import "fmt"

func F[T any](x T) {
	type pair struct {
		a, b T
	}
	p := pair{x, x}
	fmt.Println(p.a, p.b)
}

func main() {
	F(1)
}
