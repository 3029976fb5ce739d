package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: func value.

func f(x int) int { return x }

func main() {
	var g func() = f
	_ = g
}
