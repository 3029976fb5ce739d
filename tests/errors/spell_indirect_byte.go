package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: indirect byte.

func main() {
	var b byte
	_ = *b
}
