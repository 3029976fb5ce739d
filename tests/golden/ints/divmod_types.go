package main

import "fmt"

// Division truncates toward zero and the remainder takes the dividend's
// sign, for every integer type; MinInt / -1 wraps to MinInt with
// remainder 0 (no panic).

func main() {
	var a8, b8 int8 = -7, 2
	var a16, b16 int16 = -7, 2
	var a32, b32 int32 = -7, 2
	var a64, b64 int64 = -7, 2
	var a, b int = -7, 2
	fmt.Println(a8/b8, a8%b8, a8/-b8, a8%-b8, -a8/-b8, -a8%-b8)
	fmt.Println(a16/b16, a16%b16, a16/-b16, a16%-b16, -a16/-b16, -a16%-b16)
	fmt.Println(a32/b32, a32%b32, a32/-b32, a32%-b32, -a32/-b32, -a32%-b32)
	fmt.Println(a64/b64, a64%b64, a64/-b64, a64%-b64, -a64/-b64, -a64%-b64)
	fmt.Println(a/b, a%b, a/-b, a%-b, -a/-b, -a%-b)

	var u8, v8 uint8 = 250, 7
	var u16, v16 uint16 = 65530, 7
	var u32, v32 uint32 = 4294967290, 7
	var u64, v64 uint64 = 18446744073709551610, 7
	var u, v uint = 18446744073709551610, 7
	var up, vp uintptr = 1000, 7
	fmt.Println(u8/v8, u8%v8, u16/v16, u16%v16, u32/v32, u32%v32)
	fmt.Println(u64/v64, u64%v64, u/v, u%v, up/vp, up%vp)

	m8, m16, m32, m64, m := int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808), -9223372036854775808
	n1 := -1
	fmt.Println(m8/int8(n1), m8%int8(n1), m16/int16(n1), m16%int16(n1))
	fmt.Println(m32/int32(n1), m32%int32(n1), m64/int64(n1), m64%int64(n1), m/n1, m%n1)
	fmt.Println(-m8, -m16, -m32, -m64, -m)

	for _, d := range []int8{1, -1, 3, -3, 127, -128} {
		fmt.Print(int8(-100)/d, ",", int8(-100)%d, " ")
	}
	fmt.Println()
	for _, p := range [][2]int16{{-32768, 3}, {32767, -2}, {-1, 32767}, {-32768, -32768}} {
		fmt.Print(p[0]/p[1], ",", p[0]%p[1], " ")
	}
	fmt.Println()

	x := int32(-17)
	x /= 4
	y := int32(-17)
	y %= 4
	z := int64(-17)
	z >>= 2
	fmt.Println(x, y, z, -17>>2, -17/4)
	fmt.Printf("%T %T\n", m8/int8(n1), up%vp)
}
