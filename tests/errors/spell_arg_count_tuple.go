package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: arg count tuple.

func f(a byte, b ...rune) {}

func main() {
	var x byte
	f()
	f(x, 'a', x, 1, 2)
}
