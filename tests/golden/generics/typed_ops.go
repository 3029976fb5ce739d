package main

import (
	"fmt"
	"math"
)

// One generic body, different semantics per type argument: integer
// division truncates while float division does not, % on integers, signed
// and unsigned overflow wrap-around in the type argument's width, shifts,
// NaN comparisons for floats, and string ordering; so an implementation
// must not share one arithmetic for all instantiations.

type Number interface {
	~int | ~int8 | ~uint8 | ~uint32 | ~int64 | ~float32 | ~float64
}

func Avg[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

func Inc[T Number](x T) T { return x + 1 }

func Dec[T Number](x T) T { return x - 1 }

func Mul[T Number](a, b T) T { return a * b }

func Mod[T ~int | ~int8 | ~uint8](a, b T) T { return a % b }

func Shl[T ~int8 | ~uint8 | ~int64](x T, n uint) T { return x << n }

func Shr[T ~int8 | ~uint8](x T) T { return x >> 1 }

func Less[T ~float64 | ~string | ~int](a, b T) bool { return a < b }

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	fmt.Println(Avg([]int{1, 2, 4}), Avg([]float64{1, 2, 4}), Avg([]float32{1, 2}))
	fmt.Println(Inc(int8(127)), Inc(uint8(255)), Inc(uint32(math.MaxUint32)), Inc(math.MaxInt64))
	fmt.Println(Dec(uint8(0)), Dec(int8(-128)), Dec(0.5))
	fmt.Println(Mul(int8(16), 16), Mul(uint8(16), 17), Mul(float32(1e20), 1e20))
	fmt.Println(Mod(-7, 3), Mod(int8(-7), 3), Mod(uint8(250), 7))
	fmt.Println(Shl(int8(1), 7), Shl(uint8(3), 7), Shl(int64(1), 62))
	fmt.Println(Shr(int8(-8)), Shr(uint8(248)))
	nan := math.NaN()
	fmt.Println(Less(nan, 1), Less(1, nan), Eq(nan, nan), Eq(0.0, math.Copysign(0, -1)))
	fmt.Println(Less("Z", "a"), Less("ab", "abc"), Less(-1, 0))
}
