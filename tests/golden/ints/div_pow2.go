// Division and remainder by constant powers of two (shift handlers):
// rounding toward zero, extreme operands, unsigned operands.
package main

import "fmt"

func main() {
	xs := []int{-9, -8, -7, -1, 0, 1, 7, 8, 9, -9223372036854775808, 9223372036854775807}
	for _, x := range xs {
		fmt.Println(x, x/2, x%2, x/8, x%8, x/1024, x%1024, x/4611686018427387904, x%4611686018427387904)
	}
	us := []uint{0, 1, 7, 8, 9, 18446744073709551615}
	for _, u := range us {
		fmt.Println(u, u/2, u%2, u/8, u%8, u/9223372036854775808, u%9223372036854775808)
	}
	var i8 int8 = -7
	fmt.Println(i8/2, i8%4)
}
