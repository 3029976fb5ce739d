package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: typed const.

const c byte = 1

func main() {
	var s string = c
	_ = s
}
