package main

import "fmt"

// Conversions between integers and floats: truncation toward zero,
// rounding of large integers, float32 precision.

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75, 255.99}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	hi, lo := 255.99, 3.99
	fmt.Println(uint8(hi), uint(lo), int(-lo))

	n := 7
	fmt.Println(float64(n)/2, float64(n/2), n/2)
	big := int64(1<<53 + 1)
	fmt.Println(float64(big), int64(float64(big)), big)
	fmt.Println(float32(16777217), int32(float32(16777217)))
	var i32 int32 = 123456789
	fmt.Println(float32(i32), float64(i32))

	// average of integer scores
	scores := []int{90, 85, 77, 92}
	sum := 0
	for _, s := range scores {
		sum += s
	}
	avg := float64(sum) / float64(len(scores))
	fmt.Println(sum, avg, int(avg+0.5))
	fmt.Printf("%.2f %d\n", avg, int(avg*100))

	// float32 <-> float64
	var f32 float32 = 0.1
	f64 := float64(f32)
	fmt.Println(f32, f64, float32(f64) == f32)
	c := 37.5
	fahr := c*9/5 + 32
	fmt.Println(fahr, int(fahr), float32(fahr))
	var u uint64 = 18446744073709551615
	fmt.Println(float64(u), float32(u))
	x := -7.5
	fmt.Println(int(x)/2, int(x)%2, uint8(int(-x)))
}
