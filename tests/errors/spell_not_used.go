package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: not used.

func main() {
	s := "x"
	s[0]
}
