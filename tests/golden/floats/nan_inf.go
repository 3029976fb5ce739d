package main

import (
	"fmt"
	"math"
)

// NaN and infinities: how they arise, print and compare.

func main() {
	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, posInf > 1e308, negInf < -1e308)
	fmt.Println(math.IsNaN(nan), math.IsInf(posInf, 1), math.IsInf(negInf, 0), math.IsInf(1, 0))
	fmt.Println(posInf+negInf, posInf*0, posInf-posInf, posInf+1)
	fmt.Printf("%f %e %g %v\n", posInf, negInf, nan, -nan)
	fmt.Printf("[%6.2f] [%-6v] [%+v]\n", posInf, nan, posInf)

	big := math.MaxFloat64
	fmt.Println(big*2, -big*2, big+1 == big)
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32*2, float32(big))
	tiny := math.SmallestNonzeroFloat64
	fmt.Println(tiny, tiny/2)

	// NaN in a max computation poisons comparisons
	vals := []float64{3, nan, 7, 1}
	max := vals[0]
	for _, v := range vals[1:] {
		if v > max {
			max = v
		}
	}
	fmt.Println(max)
	fmt.Println(math.Sqrt(-1), math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1))
}
