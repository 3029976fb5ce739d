package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: compare array nil.

func main() {
	var b [2]byte
	_ = b == nil
}
