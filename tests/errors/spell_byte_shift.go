package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: byte shift.

func main() {
	var b byte = 1
	var f float64 = 2
	_ = b * f
}
