package main

import "fmt"

// fmt.Println of float64 and float32: shortest representation that round
// trips, exponent form for very large or very small magnitudes.

func main() {
	vals := []float64{0, 1, -1, 0.5, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e20, 1e21, 1e-4, 1e-5,
		123456789, 1234567890123, 3.141592653589793, -0.000123, 6.02e23, 1.7976931348623157e308, 5e-324}
	for _, v := range vals {
		fmt.Println(v)
	}
	var f32s = []float32{0.1, 1.0 / 3, 16777216, 16777217, 3.4e38, 1e-10, 2.5}
	for _, v := range f32s {
		fmt.Println(v)
	}
	fmt.Println(float64(float32(0.1)))
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, a*3, 1-0.9)
	var neg0 = -a * 0
	fmt.Println(neg0, 1/3.0, float32(1)/3)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	fmt.Println(fmt.Sprint(2.0), fmt.Sprint(float32(2.5)), fmt.Sprintf("%v", 1e6))
}
