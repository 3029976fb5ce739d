package main

import "fmt"

// Untyped constants are exact: huge intermediate values, exact rational
// arithmetic, and the default type chosen only when a value is used.

const Big = 1 << 100
const Small = Big >> 98
const Huge = 1e300 * 1e300 / 1e300

const third = 1.0 / 3
const tenth = 0.1

func main() {
	fmt.Println(Small)            // 4
	fmt.Println(Big / (1 << 90))  // 1024
	fmt.Println(Huge)             // 1e+300, no overflow in between
	fmt.Println(0.1 + 0.2)        // exact constant arithmetic: 0.3
	x, y := 0.1, 0.2
	fmt.Println(x + y)            // float64 arithmetic at run time
	fmt.Println(third*3 == 1)     // exact: true
	fmt.Println(tenth*3 == 0.3)   // exact: true

	// integer vs floating division depends on the operands' kinds
	fmt.Println(7/2, 7/2.0, 7.0/2, -7/2, 7%3, -7%3)
	const i = 7
	var f float64 = i / 2 // integer division first, then converted: 3
	fmt.Println(f)
	var g float64 = i / 2.0
	fmt.Println(g)

	// default types: int, float64, rune, string, bool
	fmt.Printf("%T %T %T %T %T\n", 1, 1.5, 'x', "s", 1 < 2)
	fmt.Printf("%T %v\n", 'a'+1, 'a'+1)
	fmt.Printf("%T %v\n", 1+2.0, 1+2.0)

	// an untyped constant converts to whatever it is assigned to
	var u8 uint8 = 255
	var i64 int64 = 1 << 62
	var f32 float32 = 1.0 / 3
	fmt.Println(u8, i64, f32)
	const maxU64 = 1<<64 - 1
	fmt.Println(uint64(maxU64), maxU64>>32)
	fmt.Println(Big > 0, len("hello") == 5)
	fmt.Println(1e3 == 1000, 'A' == 65)
}
