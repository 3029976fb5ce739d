package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: conv byte.

func main() {
	x := 65
	var s string = byte(x)
	_ = s
}
