package main

import "fmt"

// Constant expressions are exact: intermediates far beyond 64 bits (or
// float64's range) are fine as long as the final value fits its type.

const (
	Big    = 1 << 200
	Bigger = Big * Big                   // 1 << 400
	Back   = Bigger >> 395               // 1 << 5
	Ratio  = Bigger / (Big * (1 << 190)) // 1 << 10
	MaxU64 = 1<<64 - 1
	MinI64 = -1 << 63
	Third  = 1.0 / 3
	One    = Third * 3
	HugeF  = 1e400
	Tiny   = HugeF / 1e399 // 10
	Googol = 1e100
	GInt   = Googol / 1e98 // untyped float constant 100, an exact integer
	Mixed  = Big / 1e90    // float arithmetic with a huge int
	Neg    = -(Big - 1) >> 199
)

const (
	KB uint64 = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
)

func main() {
	fmt.Println(Back, Ratio, Tiny, GInt, Neg)
	var u uint64 = MaxU64
	var i int64 = MinI64
	fmt.Println(u, i, uint64(MaxU64>>1), MaxU64/(1<<32))
	fmt.Println(One == 1, Third*3 == 1, Third)
	var f float64 = One
	var g float32 = Third
	fmt.Println(f, g)
	fmt.Println(Mixed > 1e0, Big/Big, Big%7, (Big+1)%(1<<100))
	fmt.Println(KB, MB, GB, TB, PB, EB)
	fmt.Println(int(GInt), int8(Tiny), uint8(Big>>193+1))
	const x = 'a' * 1e3 / 1000
	fmt.Println(x, string(rune(x)))
	const s = 1 << 62 * 4 / 8 // (1<<64)/8 == 1<<61
	fmt.Println(s, s == 1<<61)
	fmt.Printf("%T %T %T\n", Back, Tiny, 'a'*2)
	fmt.Println(9007199254740993*1.0, float64(9007199254740993))
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2)
	var d float64 = 0.1
	fmt.Println(d+0.2 == 0.3)
}
