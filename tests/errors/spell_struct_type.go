package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: struct type.

func main() {
	var s struct{ B byte }
	var n int = s
	_ = n
}
