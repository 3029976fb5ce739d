package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: byte slice untyped.

func main() {
	var b []byte = "x"
	_ = b
}
