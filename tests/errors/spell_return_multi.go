package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: return multi.

func f() (byte, rune) {
	return "a", 1
}

func main() { f() }
