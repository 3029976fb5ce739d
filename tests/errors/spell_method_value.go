package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: method value.

type T struct{}

func (T) M(x int) string { return "" }

func main() {
	var t T
	var f func() = t.M
	_ = f
}
