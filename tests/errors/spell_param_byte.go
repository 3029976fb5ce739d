package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: param byte.

func f(b byte, r rune) string {
	return b
}

func main() { _ = f(0, 0) }
