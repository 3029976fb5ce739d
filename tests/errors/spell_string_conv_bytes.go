package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: string conv bytes.

func main() {
	b := []byte("x")
	var n int = b
	_ = n
}
