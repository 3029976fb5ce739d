package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: generic inferred rune.

func Filter[T any](xs []T, f func(T) bool) []T { return xs }

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func main() {
	var bs []byte
	_ = Filter(bs, func(x byte) {})
	m := map[rune]string{}
	var n int = Keys(m)
	var k int = Filter[rune]
	_, _ = n, k
}
