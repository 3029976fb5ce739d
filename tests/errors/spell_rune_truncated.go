package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: rune truncated.

func main() {
	var r rune
	_ = r + 1.5
}
