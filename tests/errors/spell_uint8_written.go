package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: uint8 written.

func main() {
	var u uint8 = 1
	var s string = u
	_ = s
}
