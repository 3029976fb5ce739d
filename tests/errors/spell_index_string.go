package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: index string.

func main() {
	var s = "hi"
	var n int = s[0]
	_ = n
}
