package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: binop const.

func main() {
	var x byte
	var n int = x + 1
	_ = n
}
