package main

// math's constants as Go 1.19 declares them: the float limits are exact
// (Go writes them as expressions of powers of two), so constant
// arithmetic on them gives Go's results.

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxFloat64 == 0x1p1023*(1+(1-0x1p-52)), math.SmallestNonzeroFloat64 == 0x1p-1022*0x1p-52)
	fmt.Println(math.MaxFloat32 == 0x1p127*(1+(1-0x1p-23)), math.SmallestNonzeroFloat32 == 0x1p-126*0x1p-23)
	const a = math.MaxFloat64 / 0x1p1023
	const b = math.SmallestNonzeroFloat64 * 0x1p1074
	fmt.Println(a, b, b == 1, math.SmallestNonzeroFloat64*0x1p1074-1)
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%b %b %b %b %b\n", math.SqrtE, math.Log2E, math.Log10E, float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32))
	const big = math.MaxFloat64 * 1e10
	fmt.Println(big/1e10 == math.MaxFloat64)
	var f32 float32 = math.SmallestNonzeroFloat32 / 2 * 3
	var f64 float64 = math.SmallestNonzeroFloat64 * 1.5
	fmt.Println(f32, f64, math.MaxFloat32*2 > math.MaxFloat32)
	fmt.Println((math.SqrtE-1.6487212707001281468486507878)*1e30, (math.Pi-3.14159265358979323846264338327950288)*1e40)
	fmt.Println(math.MaxInt, math.MinInt, uint64(math.MaxUint64), math.MaxInt8, math.MinInt64)
}
