package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: op assign.

func main() {
	var b byte
	var n int
	b += n
}
