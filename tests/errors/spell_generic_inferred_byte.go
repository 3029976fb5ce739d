package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: generic inferred byte.

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T { var s T; return s }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	_ = Sum[byte](nil)
	var bs []byte
	_ = Sum(bs)
	var rs []rune
	_ = Map(rs, func(b byte) string { return "" })
	var n int = Map(bs, func(b byte) rune { return 0 })
	_ = n
}
