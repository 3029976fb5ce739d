package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: closure.

func main() {
	f := func(b byte) rune { return 0 }
	var g func() = f
	_ = g
}
