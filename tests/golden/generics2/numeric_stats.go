package main

import (
	"fmt"
	"math"
)

// Numeric generics: Sum/Mean/Min/Max/Clamp/Abs over a Number constraint,
// overflow wrapping of small int types inside generic code, float NaN
// behaviour in a generic Max, conversion between type parameters, integer
// division and modulo on T, shifts on Integer type parameters.

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Max[T Number](a T, rest ...T) T {
	m := a
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

func Clamp[T Number](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func Abs[T Number](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func DivMod[T Integer](a, b T) (T, T) { return a / b, a % b }

func Bits[T Integer](x T) (n int) {
	for x != 0 {
		n += int(x & 1)
		x >>= 1
	}
	return
}

func Shl[T Integer](x T, s uint) T { return x << s }

type Score uint8

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(0.1, 0.2), Sum[int8](100, 100), Sum[uint8](200, 100))
	fmt.Println(Mean([]int{1, 2, 4}), Mean([]float32{}), Mean([]Score{255, 255}))
	fmt.Println(Max(3, 9, -1), Max(-2.5), Max("a"[0], 'z', 'm'))
	fmt.Println(Max(1.0, math.NaN(), 3.0), Max(math.NaN(), 1.0))
	fmt.Println(Clamp(15, 0, 10), Clamp(-0.5, 0.0, 1.0), Clamp[Score](7, 10, 20))
	fmt.Println(Abs(-7), Abs(int8(-128)), Abs(-0.0), Abs(math.Inf(-1)))
	fmt.Println(Convert[float64, int]([]float64{1.9, -1.9, 1e3}))
	fmt.Println(Convert[int, uint8]([]int{256, 257, -1}))
	fmt.Println(Convert[int64, float32]([]int64{1 << 40, 3}))
	fmt.Println(DivMod(-7, 2))
	fmt.Println(DivMod[uint](7, 2))
	fmt.Println(DivMod(int8(-128), -1))
	fmt.Println(Bits(255), Bits(uint64(math.MaxUint64)), Bits(int8(127)), Bits(Score(5)))
	fmt.Println(Shl(1, 62), Shl(int32(1), 31), Shl(uint8(3), 7), Shl(1, 70))
}
