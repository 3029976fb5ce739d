package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: append non slice.

func main() {
	var b byte
	_ = append(b, 1)
}
