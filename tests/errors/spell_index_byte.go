package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: index byte.

func main() {
	var b byte
	_ = b[0]
}
