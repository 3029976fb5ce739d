package main

import "fmt"

// Partial inference: From is inferred from the argument, To appears only in
// the result and is not given, so it cannot be inferred.

func Convert[To, From ~int | ~float64](x From) To { return To(x) }

func main() {
	fmt.Println(Convert[int](3.5))
	fmt.Println(Convert(3.5))
}
