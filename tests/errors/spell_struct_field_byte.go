package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: struct field byte.

type P struct {
	B byte
	R rune
}

func main() {
	var p P
	var s string = p.B
	var t string = p.R
	_, _ = s, t
}
