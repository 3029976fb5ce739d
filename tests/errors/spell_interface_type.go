package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: interface type.

func main() {
	var i interface{ M(b byte) }
	var n int = i
	_ = n
}
