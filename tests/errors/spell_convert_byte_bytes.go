package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: convert byte bytes.

func main() {
	var b byte
	_ = []byte(b)
}
