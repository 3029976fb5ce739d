package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: bytes to runes.

func main() {
	x := []byte{1}
	var y []rune = x
	_ = y
}
