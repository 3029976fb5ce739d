package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: composite elem.

func main() {
	var i int = 3
	_ = []byte{i}
}
