package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: binop byte int.

func main() {
	var x byte = 1
	var y int = 2
	_ = x + y
}
