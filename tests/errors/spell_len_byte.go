package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: len byte.

func main() {
	var b byte
	_ = len(b)
}
