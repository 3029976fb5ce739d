package main

import "fmt"

// Shifts: left shifts drop high bits, right shifts of signed values are
// arithmetic, of unsigned values logical; counts >= width give 0 (or -1).

func main() {
	var x int32 = -16
	var y uint32 = 0x80000000
	fmt.Println(x>>2, x<<2, y>>31, y<<1, y>>4)

	var one uint8 = 1
	for s := uint(0); s <= 9; s += 3 {
		fmt.Print(one<<s, " ")
	}
	fmt.Println()

	// shift counts of any integer type, even past the width
	var neg int64 = -5
	var cnt int = 70
	var ucnt uint16 = 64
	fmt.Println(neg>>cnt, neg<<cnt, uint64(1)<<ucnt, int64(7)>>ucnt)

	// bit tricks
	n := 0b1011_0110
	count := 0
	for v := n; v != 0; v &= v - 1 {
		count++
	}
	fmt.Println(count, n&-n, n&^0b0110, n|1, n^0xFF)

	// building and reading packed fields
	var packed uint32
	fields := []uint32{5, 12, 3, 200}
	for i, f := range fields {
		packed |= f << (8 * uint(i))
	}
	fmt.Printf("%#08x\n", packed)
	for i := 0; i < 4; i++ {
		fmt.Print((packed>>(8*i))&0xFF, " ")
	}
	fmt.Println()

	// untyped constant shifted by a variable takes the type from context
	s := uint(3)
	var r int64 = 1 << s
	var f uint8 = 1 << (s + 5)
	fmt.Println(r, f)
	fmt.Println(^0, ^uint8(0), ^int8(5))
}
