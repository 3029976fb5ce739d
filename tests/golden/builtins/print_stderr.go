package main

import "fmt"

// print and println write to standard error with their own formatting:
// println separates operands with spaces and ends the line, print adds
// nothing; floats use a %e-like form with 7 digits and a sign.

func main() {
	fmt.Println("stdout line 1")
	println("hello", 42, true, -7)
	print("no", "space", 1, 2, "\n")
	println(3.5, -0.25, 1e100)
	var f32 float32 = 1.5
	println(f32, 0.0)
	var u8 uint8 = 200
	var i64 int64 = -9223372036854775808
	println(u8, i64, uint64(18446744073709551615))
	println()
	println('x', "x", string(rune('x')))
	fmt.Println("stdout line 2")
	var nilPtr *int
	println(nilPtr == nil)
	print("end")
	print("\n")
}
