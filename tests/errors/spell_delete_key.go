package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: delete key.

func main() {
	var m map[rune]byte
	delete(m, "x")
}
