package main

import "fmt"

// Conversions between integer types truncate or sign-extend; conversions
// between integers and bytes/runes behave the same way.

func main() {
	big := int64(0x1234_5678_9ABC_DEF0)
	fmt.Println(int32(big), int16(big), int8(big), uint8(big), uint16(big))
	fmt.Println(uint32(big), uint64(big))

	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	u8, u16, u32 := uint8(200), uint16(40000), uint32(3000000000)
	fmt.Println(int8(u8), int16(u16), int32(u32))
	i8, i16 := int8(-3), int16(-2)
	fmt.Println(int64(i8), uint64(i8), uint32(i16), uint8(i16))

	var b byte = 'z'
	r := rune(b)
	fmt.Println(b, r, string(r), byte(r+1), int(b-'a'))

	// byte arithmetic wraps inside the type before conversion
	var p, q byte = 200, 100
	fmt.Println(p+q, int(p)+int(q), uint16(p+q), uint16(p)+uint16(q))

	// mixing types needs explicit conversions
	var count int32 = 7
	var total int64 = 1 << 40
	fmt.Println(total+int64(count), int32(total)+count)
	var ui uint = 3
	var idx int = 5
	fmt.Println(int(ui)-idx, ui-uint(idx))

	// a table of sizes by repeated conversion
	vals := []int64{127, 128, 255, 256, -129, 65535, 65536}
	for _, v := range vals {
		fmt.Printf("%6d -> int8 %4d uint8 %3d int16 %6d\n", v, int8(v), uint8(v), int16(v))
	}
}
