// Binary operators with a constant on the left: commuting ones swapped,
// k - x and k / x with handlers of their own.
package main

import "fmt"

func main() {
	for _, x := range []int{-3, 0, 7, -9223372036854775808} {
		fmt.Println(10-x, 2*x, 3+x, 5&x, 4 == x, 7 != x, 1 < x, 2 > x)
	}
	for _, f := range []float64{-2.5, 0, 4} {
		fmt.Println(1.0/f, 3.0-f, 2*f, 0.5+f, 1.5 == f)
	}
}
