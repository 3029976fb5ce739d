package main

// An untyped number against a typed operand of another kind (types2's
// mayConvert): "cannot convert" unless that type is boolean or string.

func main() {
	var p *int
	var s []int
	var m map[int]int
	var b bool
	var f float64
	_ = p == 1
	_ = s == 1
	_ = m == 2.5
	_ = b == 1
	_ = f == "x"
	_ = 'a' + p
	_ = b + 1
}
