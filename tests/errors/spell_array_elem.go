package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: array elem.

func main() {
	_ = [2]rune{"a"}
}
