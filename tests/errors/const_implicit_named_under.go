package main

import "time"

type D int64
type U uint8

func main() {
	d := time.Second
	_ = d * 1.5
	_ = time.Second + 1e30
	_ = d > 2.5
	var u U = 3
	_ = u + 256
	_ = u == -1
	_ = U(1) + 300
	_ = d + 1e30
	var f float32
	_ = f + 1e300
	s := "x"
	_ = s + 1
	_ = D(1) << 1.5
}
