package main

import "fmt"

// An untyped constant operand must be representable in every type of the
// type parameter's type set: 200 does not fit int8.

func AddBig[T ~int8 | ~int16](x T) T {
	return x + 200
}

func main() {
	fmt.Println(AddBig[int16](1))
}
