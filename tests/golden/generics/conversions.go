package main

import "fmt"

// Conversions T(x) between type parameters: numeric conversions between
// integer and float type parameters (truncation, wrap-around), to and from a
// named type, a type parameter converted to a concrete type and back, and
// ~string / ~[]byte conversions.

type Number interface {
	~int | ~int8 | ~uint8 | ~int64 | ~float32 | ~float64
}

func Convert[To, From Number](x From) To { return To(x) }

func ConvertAll[To, From Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Average[T Number](xs []T) float64 {
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs))
}

func Scale[T Number](x T, f float64) T { return T(float64(x) * f) }

func Bytes[S ~string](s S) []byte { return []byte(s) }

func FromBytes[S ~string, B ~[]byte](b B) S { return S(b) }

type Meters float64
type Name string
type Raw []byte

func main() {
	fmt.Println(Convert[int](3.99), Convert[int](-3.99), Convert[float64](7))
	fmt.Println(Convert[uint8](300), Convert[int8](200), Convert[uint8](-1))
	f32 := Convert[float32](0.1)
	fmt.Printf("%v %T\n", f32, f32)
	m := Convert[Meters](int64(12))
	fmt.Printf("%v %T\n", m, m)
	fmt.Println(ConvertAll[int]([]float64{1.5, 2.5, -0.5}))
	fmt.Println(ConvertAll[float64]([]int8{-128, 127}))
	fmt.Println(Average([]int{1, 2, 4}), Average([]Meters{1.5, 2.5}))
	fmt.Println(Scale(10, 0.35), Scale(Meters(10), 0.35), Scale(uint8(200), 1.5))
	fmt.Println(Bytes(Name("hi")), string(Bytes("ok")))
	n := FromBytes[Name](Raw("raw"))
	fmt.Printf("%v %T\n", n, n)
}
