package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: func lit.

func main() {
	var f func() = func(x int) {}
	_ = f
}
