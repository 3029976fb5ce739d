package main

import "fmt"

// float -> integer conversions truncate toward zero, also for negative
// values, for every integer type (values in range only: out-of-range
// conversions are implementation-defined in Go).

func main() {
	vals := []float64{-0.0, -0.4, -0.5, -0.9, -1.0, -1.5, -2.5, -2.7, -99.99, -127.9, -128.0}
	for _, v := range vals {
		fmt.Println(v, int(v), int8(v), int16(v), int32(v), int64(v))
	}
	for _, v := range []float64{0.9, 1.5, 127.99, 200.7, 255.9} {
		fmt.Println(v, uint8(v), uint16(v), uint32(v), uint64(v), uint(v))
	}
	f32s := []float32{-0.5, -1.25, -3.75, -100.5, -32768.9, 16777216}
	for _, f := range f32s {
		fmt.Println(f, int(f), int32(f), int64(f), int16(f/2))
	}
	big := -9.2233720368547e18
	m1, m2 := -1e15-0.5, -4503599627370495.5
	fmt.Println(int64(big), int64(m1), int64(m2))
	h := 1e19
	fmt.Println(uint64(h), uint64(float32(1<<40)))

	// through variables and expressions
	x := -7.0
	y := 2.0
	fmt.Println(int(x/y), int(-x/y), int(x/y-0.5), int(x)/int(y), int(x)%int(y))
	var neg float32 = -0.999999
	fmt.Println(int(neg), int8(neg*10), uint8(-neg*200))
	sum := 0
	for _, v := range []float64{-1.9, -2.9, 3.9} {
		sum += int(v)
	}
	fmt.Println(sum)
}
