package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: arg byte.

func take(s string) {}

func main() {
	var b byte = 'x'
	take(b)
}
