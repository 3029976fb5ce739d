package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: new.

func main() {
	var n int = new(rune)
	_ = n
}
