package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: byte assign.

func main() {
	var b byte
	var i int
	i = 1
	b = i
	_ = b
}
