package main

import "fmt"

// Every integer type wraps around at run time (two's complement), in both
// directions, including the most negative value divided by -1.

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	var n int = 9223372036854775807
	i8++
	i16++
	i32++
	i64++
	n++
	fmt.Println(i8, i16, i32, i64, n)
	i8--
	i16--
	i32--
	i64--
	n--
	fmt.Println(i8, i16, i32, i64, n)

	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var u uint = 18446744073709551615
	var up uintptr = 0
	u8++
	u16++
	u32++
	u64++
	u++
	up--
	fmt.Println(u8, u16, u32, u64, u, up)
	u8--
	u16--
	u32--
	u64--
	u--
	fmt.Println(u8, u16, u32, u64, u)

	// multiplication overflow
	var m32 int32 = 100000
	fmt.Println(m32*m32, int64(m32)*int64(m32))
	var mu uint32 = 0xDEADBEEF
	fmt.Println(mu*mu, mu*16)

	// negation of the minimum value, and MinInt / -1
	min8 := int8(-128)
	min64 := int64(-9223372036854775808)
	minus := int64(-1)
	fmt.Println(-min8, -min64, min64/minus, min64%minus)
	var b byte = 10
	fmt.Println(b-20, -b)

	// a running hash keeps wrapping
	var h uint32 = 2166136261
	for _, c := range []byte("gosub") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
}
