package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: struct lit field.

type P struct{ B byte }

func main() {
	s := "x"
	_ = P{B: s}
}
