package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: no field rune.

func main() {
	var r rune
	_ = r.X
}
