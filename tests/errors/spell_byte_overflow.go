package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: byte overflow.

func main() {
	var b byte = 300
	_ = b
}
