package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: byte array.

func main() {
	var a [4]byte
	var s string = a
	_ = s
}
