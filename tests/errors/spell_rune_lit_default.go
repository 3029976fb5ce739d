package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: rune lit default.

func main() {
	c := 'a'
	var s string = c
	_ = s
}
