package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: byte slice var.

func main() {
	var b []byte
	var s string = b
	_ = s
}
