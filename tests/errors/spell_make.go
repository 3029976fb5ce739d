package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: make.

func main() {
	var n int = make([]byte, 3)
	_ = n
}
