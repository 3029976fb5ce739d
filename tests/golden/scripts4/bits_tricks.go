package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xdeadbeef, 1 << 63, ^uint64(0), 0x0f0f0f0f0f0f0f0f}
	for _, x := range xs {
		fmt.Printf("%#x lz=%d tz=%d ones=%d len=%d rev=%#x revb=%#x rl3=%#x rl-5=%#x\n", x,
			bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 3), bits.RotateLeft64(x, -5))
		u32, u16, u8 := uint32(x), uint16(x), uint8(x)
		fmt.Println(" ", bits.LeadingZeros32(u32), bits.TrailingZeros32(u32), bits.OnesCount32(u32), bits.Len32(u32), bits.Reverse32(u32), bits.ReverseBytes32(u32), bits.RotateLeft32(u32, 7),
			bits.LeadingZeros16(u16), bits.TrailingZeros16(u16), bits.OnesCount16(u16), bits.Len16(u16), bits.Reverse16(u16), bits.ReverseBytes16(u16), bits.RotateLeft16(u16, -1),
			bits.LeadingZeros8(u8), bits.TrailingZeros8(u8), bits.OnesCount8(u8), bits.Len8(u8), bits.Reverse8(u8), bits.RotateLeft8(u8, 9),
			bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)), bits.Reverse(uint(x)), bits.ReverseBytes(uint(x)), bits.RotateLeft(uint(x), 1))
	}
	fmt.Println(bits.UintSize)
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	s, c = bits.Add64(5, 6, 1)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	hi, lo := bits.Mul64(^uint64(0), ^uint64(0))
	fmt.Println(hi, lo)
	q, r := bits.Div64(hi, lo, ^uint64(0))
	fmt.Println(q, r)
	fmt.Println(bits.Add32(1<<31, 1<<31, 1))
	fmt.Println(bits.Sub32(1, 2, 1))
	fmt.Println(bits.Mul32(1<<31, 6))
	fmt.Println(bits.Div32(1, 0, 3))
	fmt.Println(bits.Rem32(5, 7, 3), bits.Rem64(5, 7, 3))
	fmt.Println(bits.Add(1, 2, 0))
	fmt.Println(bits.Mul(3, 4))
	fmt.Println(bits.Div(0, 100, 7))
	// popcount sets, next power of two, gray codes
	for _, v := range []uint32{1, 5, 17, 1000, 1 << 20} {
		np := uint32(1) << bits.Len32(v-1)
		fmt.Print(np, " ")
	}
	fmt.Println()
	for i := uint8(0); i < 8; i++ {
		g := i ^ (i >> 1)
		fmt.Printf("%03b ", g)
	}
	fmt.Println()
	set := uint64(0)
	for _, e := range []int{3, 7, 11, 63} {
		set |= 1 << e
	}
	for set != 0 {
		i := bits.TrailingZeros64(set)
		fmt.Print(i, " ")
		set &= set - 1
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	bits.Div64(1, 0, 1)
}
