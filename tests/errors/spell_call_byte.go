package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: call byte.

func main() {
	var b byte
	b()
}
