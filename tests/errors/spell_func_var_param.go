package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: func var param.

func main() {
	var f func(b byte) rune
	f("x")
}
