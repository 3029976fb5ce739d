package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: ptr byte.

func main() {
	var b byte
	p := &b
	var s string = p
	_ = s
}
