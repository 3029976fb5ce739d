package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: generic body.

func F[T any](x T, b byte) {
	var s string = b
	_ = s
}

func main() { F(1, 2) }
