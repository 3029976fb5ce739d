package main

import "fmt"

// %f, %e, %g (and %v) with widths and precisions on float64 and float32.

func main() {
	x := 3.14159265358979
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%08.2f|%+.1f\n", x, x, x, x, x, x)
	fmt.Printf("%e|%.2e|%E|%12.3e\n", x, x, x*1e10, -x/1e5)
	fmt.Printf("%g|%.3g|%g|%g|%G\n", x, x, 1e21, 1e-7, 2.5e-10)
	fmt.Printf("%v|%6.2v|%.0f|%.0f|%.0f\n", x, x, 2.5, 3.5, -0.4)
	fmt.Printf("%f|%e|%g\n", 0.0, 0.0, 0.0)
	fmt.Printf("%.1f|%.1f|%.1f\n", 0.05, 0.15, 0.25)
	fmt.Printf("%g|%g|%g\n", 100000.0, 1000000.0, 123456789.0)

	var f32 float32 = 1.1
	fmt.Printf("%v|%f|%g|%.10f\n", f32, f32, f32, f32)
	fmt.Printf("%.3f\n", float64(f32))

	prices := []float64{3.5, 12.25, 0.99, 100}
	total := 0.0
	for i, p := range prices {
		total += p
		fmt.Printf("item %d: %7.2f\n", i+1, p)
	}
	fmt.Printf("total:  %7.2f\n", total)
	fmt.Printf("avg:    %7.3f\n", total/float64(len(prices)))
	fmt.Printf("[%10.4e] [%-10.2g] [%10g]\n", 12345.678, 12345.678, 0.000012345)
	fmt.Printf("%5.1f%%\n", 45.678)
}
