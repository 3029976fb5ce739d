package main

import "fmt"

// Untyped constant arguments and inference (Go 1.19 rules): a lone untyped
// constant gets its default type (int, float64, rune, string); a typed
// argument for the same type parameter fixes T and the constants convert to
// it; constant arguments of one kind (1, 2) stay int.

type Number interface{ ~int | ~int32 | ~float64 }

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Show[T any](x T) string { return fmt.Sprintf("%v:%T", x, x) }

func main() {
	a := Max(1, 2)
	fmt.Printf("%v %T\n", a, a)
	b := Max(1.5, 2.5)
	fmt.Printf("%v %T\n", b, b)
	var f float64 = 0.5
	c := Max(f, 2)
	fmt.Printf("%v %T\n", c, c)
	d := Max(2, f)
	fmt.Printf("%v %T\n", d, d)
	e := Max('a', 'b')
	fmt.Printf("%v %T\n", e, e)
	fmt.Println(Show(1), Show(2.0), Show('x'), Show("s"), Show(true))
	const big = 1 << 40
	fmt.Println(Show(big))
	fmt.Println(Show[float64](1), Show[int32](1<<20))
}
