package main

// Package-level variables narrower than a word (int8, int16, int32, uint8,
// bool, float32) written by = and through pointers, then converted and
// compared: their loads are sign-extended like any other int8 (Go's
// test/ken/convert.go: a global int8 set to int8(-4.0) read back as 252).

import "fmt"

type big float64

var (
	i8  int8
	i16 int16
	i32 int32
	u8  uint8
	u16 uint16
	b   bool
	f32 float32
	w   big
)

func main() {
	var v big = -4
	i8 = int8(v)
	i16 = int16(v)
	i32 = int32(v)
	w = big(i8)
	fmt.Println(i8, i16, i32, w, float64(i8), int(i16), int64(i32), w == v)
	p := &i8
	*p = 5
	q := &i16
	*q = -300
	fmt.Println(i8, i16, int(i8)+int(i16))
	u8 = 255
	u8 += 2
	u16 = uint16(i16)
	fmt.Println(u8, u16, int(u8))
	pb := &b
	*pb = true
	b = !b
	fmt.Println(b, *pb)
	pf := &f32
	*pf = 1.5
	f32 *= -2
	fmt.Println(f32, float64(f32), int(f32))
	i8 = -128
	i8--
	fmt.Println(i8, int(i8))
}
