package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: convert runes int.

func main() {
	var s []rune
	_ = int(s)
}
