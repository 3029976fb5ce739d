package main

// Go's special cases of math's exact operations, down to NaN bits: Go
// returns a NaN argument unchanged (a signaling one stays signaling),
// makes math.NaN()'s bits where C's libm makes the default NaN, and
// Modf(±Inf) has a NaN fraction.

import (
	"fmt"
	"math"
)

func bits(f float64) string { return fmt.Sprintf("%v/%#x", f, math.Float64bits(f)) }

func main() {
	snan := math.Float64frombits(0x7ff0000000000123)
	negNaN := math.Float64frombits(0xfff8000000000042)
	negZero := math.Copysign(0, -1)
	inf := math.Inf(1)
	xs := []float64{0, negZero, 0.5, -0.5, 0.49999999999999994, 1.5, 2.5, -2.5, 3.5, 1e15 + 0.5, 4503599627370497, 1e300, 5e-324,
		inf, -inf, math.NaN(), snan, negNaN}
	for _, x := range xs {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		s, c := math.Sincos(x)
		fmt.Println(bits(x), "Round", bits(math.Round(x)), "RTE", bits(math.RoundToEven(x)), "Frexp", bits(fr), e,
			"Modf", bits(ip), bits(fp), "Ldexp", bits(math.Ldexp(x, 3)), bits(math.Ldexp(x, -1080)),
			"Sincos", bits(s), bits(c))
	}
	ys := []float64{3, -3, 0.75, 0, negZero, inf, -inf, math.NaN(), snan, 5e-324, 1e308}
	for _, x := range []float64{7.5, -7.5, 0, negZero, 1e308, 5e-324, inf, math.NaN(), snan} {
		for _, y := range ys {
			fmt.Println("Mod", bits(x), bits(y), bits(math.Mod(x, y)), "Remainder", bits(math.Remainder(x, y)),
				"Max", bits(math.Max(x, y)), "Min", bits(math.Min(x, y)), "Nextafter", bits(math.Nextafter(x, y)), "Dim", bits(math.Dim(x, y)))
		}
	}
	for _, e := range []int{0, 1, -1, 1023, 1024, -1022, -1074, -1075, -1076, math.MaxInt64, math.MinInt64, math.MaxInt64 - 10} {
		fmt.Println("Ldexp", e, bits(math.Ldexp(1, e)), bits(math.Ldexp(0.75, e)), bits(math.Ldexp(1e-310, e)), bits(math.Ldexp(-3, e)))
	}
	fmt.Println(bits(math.NaN()), bits(math.Float64frombits(math.Float64bits(snan))))
	fmt.Println(bits(float64(math.Nextafter32(1, 2))), bits(float64(math.Nextafter32(float32(math.NaN()), 1))))
}
