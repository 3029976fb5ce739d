package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: neg.

func main() {
	var r rune
	var s string = -r
	_ = s
}
