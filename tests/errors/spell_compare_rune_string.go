package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: compare rune string.

func main() {
	var r rune = 'a'
	s := "a"
	_ = r == s
}
