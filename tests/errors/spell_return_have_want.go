package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: return have want.

func f() (byte, rune) {
	return 1
}

func main() { f() }
