package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: chan type.

func main() {
	var ch chan<- rune
	var n int = ch
	_ = n
}
