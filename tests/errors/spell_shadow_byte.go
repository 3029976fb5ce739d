package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: shadow byte.

type byte int

func main() {
	var b byte
	var s string = b
	_ = s
}
