package main

import "fmt"

// Shifts by counts equal to or larger than the operand's width: left
// shifts and unsigned right shifts give 0, signed right shifts give 0 or
// -1; the count may be any integer type.

func main() {
	var c8 uint8 = 8
	var c16 uint16 = 16
	var c32 uint32 = 32
	var c64 uint64 = 64
	var big uint = 200
	var i8 int8 = -3
	var i16 int16 = -3
	var i32 int32 = -3
	var i64 int64 = -3
	var i int = -3
	fmt.Println(i8<<c8, i8>>c8, i8>>big, int8(3)>>c8, int8(3)<<(c8-1))
	fmt.Println(i16<<c16, i16>>c16, i16>>big, int16(3)>>c16, int16(3)<<(c16-1))
	fmt.Println(i32<<c32, i32>>c32, i32>>big, int32(3)>>c32, int32(3)<<(c32-1))
	fmt.Println(i64<<c64, i64>>c64, i64>>big, int64(3)>>c64, int64(3)<<(c64-1))
	fmt.Println(i<<c64, i>>c64, i>>big, 3>>big, 3<<(c64-1))

	var u8 uint8 = 0xff
	var u16 uint16 = 0xffff
	var u32 uint32 = 0xffffffff
	var u64 uint64 = 0xffffffffffffffff
	fmt.Println(u8<<c8, u8>>c8, u8<<(c8-1), u8>>(c8-1), u8>>big)
	fmt.Println(u16<<c16, u16>>c16, u16<<(c16-1), u16>>(c16-1), u16>>big)
	fmt.Println(u32<<c32, u32>>c32, u32<<(c32-1), u32>>(c32-1), u32>>big)
	fmt.Println(u64<<c64, u64>>c64, u64<<(c64-1), u64>>(c64-1), u64>>big)

	// signed counts (non-negative) of every type
	n8, n16, n32, n64, n := int8(9), int16(17), int32(33), int64(65), 70
	one := 1
	fmt.Println(one<<n8, one<<n16, one<<n32, one<<n64, one<<n, int64(-1)>>n64)
	fmt.Println(uint8(1)<<n8, uint16(1)<<n16, uint32(1)<<n32, uint64(1)<<n64)

	// shifting in a loop through and past the width
	var x uint16 = 1
	for s := 0; s <= 17; s += 4 {
		fmt.Print(x<<s, " ")
	}
	fmt.Println()
	var y int16 = -32768
	for s := uint(13); s <= 17; s++ {
		fmt.Print(y>>s, " ")
	}
	fmt.Println()

	var acc uint32 = 1
	acc <<= 31
	acc <<= 1
	var sacc int32 = -1
	sacc >>= 40
	fmt.Println(acc, sacc)
}
