package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: comparisons.

func main() {
	var r rune
	var b [2]byte
	_ = r == "x"
	_ = b == nil
	_ = 1.5 == r
	_ = r + "x"
}
