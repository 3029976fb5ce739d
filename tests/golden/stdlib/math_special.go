package main

// Go 1.19's special functions of package math: Gamma, Lgamma, Erfinv,
// Erfcinv and the Bessel functions, printed with %v and %b (every bit),
// over special values, the branch boundaries of Go's algorithms and a
// pseudo-random sweep whose results are folded into one hash.

import (
	"fmt"
	"math"
)

func show(name string, x, v float64) {
	fmt.Printf("%-8s %-24v %-26v %b\n", name, x, v, v)
}

func main() {
	negZero := math.Copysign(0, -1)
	nan, inf := math.NaN(), math.Inf(1)
	gammaXs := []float64{0, negZero, 1, 2, 3, 0.5, -0.5, 1.5, 5, 10, 20.5, 33, 33.5, -33.5, 100, 143.5, 171, 171.6, 172,
		-1, -2, -100, -170.5, -171.5, -180.5, -1e300, 1e-9, -1e-9, 1e-10, 1e-310, 2.5e-5, inf, -inf, nan}
	for _, x := range gammaXs {
		show("Gamma", x, math.Gamma(x))
	}
	lgammaXs := []float64{0, negZero, 1, 2, 0.5, -0.5, 0.75, 0.3, 0.1, 1.1, 1.5, 1.8, 2.5, 3.5, 7.9, 8, 100, 1e17, 1e18, 1e300,
		-1, -2.5, -3.7, -1e-22, 0x1p-71, -0x1p52, -0x1p52 - 1.5, -4503599627370495.5, inf, -inf, nan}
	for _, x := range lgammaXs {
		lg, sign := math.Lgamma(x)
		fmt.Printf("Lgamma   %-24v %-26v %b %d\n", x, lg, lg, sign)
	}
	erfXs := []float64{0, negZero, 0.1, -0.1, 0.5, 0.85, 0.86, -0.9, 0.99, 0.999999, 1 - 1e-16, 1, -1, 1.5, -1.5, inf, nan}
	for _, x := range erfXs {
		show("Erfinv", x, math.Erfinv(x))
	}
	for _, x := range []float64{0, 0.1, 1, 1.5, 2, 1e-300, 2.5, inf, nan} {
		show("Erfcinv", x, math.Erfcinv(x))
	}
	for _, x := range []float64{0.3, -0.7, 0.999} {
		fmt.Println("round trip", x, math.Erf(math.Erfinv(x)), math.Erfc(math.Erfcinv(1+x)))
	}
	besselXs := []float64{0, negZero, 1e-30, 1e-9, 1e-5, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7.9, 8, 10, 100, 1e10,
		1e39, 1e300, math.MaxFloat64, -0.5, -3, -100, inf, -inf, nan}
	for _, x := range besselXs {
		show("J0", x, math.J0(x))
		show("J1", x, math.J1(x))
		show("Y0", x, math.Y0(x))
		show("Y1", x, math.Y1(x))
	}
	for _, n := range []int{0, 1, -1, 2, -2, 3, -3, 5, 10, 34, 50} {
		for _, x := range []float64{0, 1e-10, 0.5, 2, 10, 30, 1e3, 1e91, -2.5, inf, nan} {
			fmt.Printf("Jn(%d, %v) = %v %b; Yn = %v %b\n", n, x, math.Jn(n, x), math.Jn(n, x), math.Yn(n, x), math.Yn(n, x))
		}
	}

	// The sweep: every class of argument, 40,000 of them.
	seed := uint64(88172645463325252)
	h := uint64(0)
	mix := func(f float64) { h = h*1099511628211 ^ math.Float64bits(f) }
	ns := []int{0, 1, -1, 2, 3, -4, 5, 10, 33, 34, 50, 100, -101, math.MinInt64}
	for i := 0; i < 40000; i++ {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		r := seed
		var x float64
		switch i % 4 {
		case 0:
			x = math.Float64frombits(r)
		case 1:
			x = (float64(r>>11)/(1<<53) - 0.5) * 400
		case 2:
			x = float64(r>>11)/(1<<53)*2 - 1
		case 3:
			x = math.Float64frombits(r&0x800fffffffffffff | uint64(1023-30+r%60)<<52)
		}
		lg, s := math.Lgamma(x)
		for _, v := range []float64{math.Gamma(x), lg, float64(s), math.Erfinv(x), math.Erfcinv(x), math.J0(x), math.J1(x),
			math.Y0(x), math.Y1(x), math.Jn(ns[i%len(ns)], x), math.Yn(ns[i%len(ns)], x)} {
			mix(v)
		}
	}
	fmt.Println("sweep hash", h)
}
