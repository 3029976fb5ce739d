package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: append byte.

func main() {
	b := []byte{}
	b = append(b, "x")
	_ = b
}
