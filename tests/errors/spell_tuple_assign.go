package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: tuple assign.

func two() (byte, rune) { return 0, 0 }

func main() {
	a, b := two()
	var s string = a
	var t string = b
	_, _ = s, t
}
