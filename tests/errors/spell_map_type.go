package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: map type.

func main() {
	var m map[rune][]byte
	var n int = m
	_ = n
}
