// math_special.go - package math functions beyond the common ones (Log1p,
// Expm1, Asinh, Acosh, Atanh, Erf, Erfc, Logb, Sincos over 20000 arguments
// each, hashed bit for bit; Frexp, Ldexp, Nextafter, Ilogb, Pow10, FMA)
// and the exact untyped constants.
package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []struct {
		n string
		f func(float64) float64
	}{{"log1p", math.Log1p}, {"expm1", math.Expm1}, {"asinh", math.Asinh}, {"acosh", math.Acosh}, {"atanh", math.Atanh}, {"erf", math.Erf}, {"erfc", math.Erfc}, {"logb", math.Logb}, {"sin", func(x float64) float64 { s, _ := math.Sincos(x); return s }}, {"cos", func(x float64) float64 { _, c := math.Sincos(x); return c }}}
	seed := uint64(88172645463325252)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	bad := 0
	for _, f := range fs {
		for i := 0; i < 20000; i++ {
			u := float64(next()>>11) / (1 << 53)
			var x float64
			switch i % 4 {
			case 0:
				x = u*2 - 1
			case 1:
				x = (u - 0.5) * 60
			case 2:
				x = math.Exp((u - 0.5) * 80)
			case 3:
				x = u * 1e-5
			}
			h := uint64(0)
			r := f.f(x)
			h = math.Float64bits(r)
			bad = bad*31 + int(h%1000003)
			if i < 3 {
				fmt.Println(f.n, x, r)
			}
		}
		fmt.Println(f.n, bad)
	}
	fmt.Println(math.Frexp(12.5))
	fmt.Println(math.Ldexp(0.75, -1070), math.Ldexp(1, 1024), math.Ldexp(3, 10))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(0, -1), math.Nextafter(0, math.Copysign(0, -1)), math.Nextafter32(1, 0))
	fmt.Println(math.Ilogb(0), math.Ilogb(math.NaN()), math.Ilogb(8), math.Logb(0), math.Logb(math.Inf(-1)))
	fmt.Println(math.Pow10(22), math.Pow10(23), math.Pow10(-5), math.Pow10(309), math.Pow10(-324), math.Pow10(300), math.Pow10(-300))
	fmt.Println(math.FMA(0.1, 10, -1), math.Erf(0.5), math.Erfc(3), math.Asinh(1), math.Acosh(3), math.Atanh(0.5))
	fmt.Println(math.Log1p(1e-10), math.Expm1(1e-10), math.Expm1(50), math.Log1p(-1), math.Atanh(1))
	const big = math.MaxUint64
	var u uint64 = big
	fmt.Println(u, uint(math.MaxUint), math.MinInt64, math.MaxInt8, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Remainder(10, 3), math.Remainder(11, 3), math.Mod(-7, 3), math.Copysign(3, -0.0))
	fmt.Println(math.Modf(-3.75))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Float32bits(1.5), math.Float32frombits(0x40490fdb), math.Float64frombits(0x400921fb54442d18))
}
