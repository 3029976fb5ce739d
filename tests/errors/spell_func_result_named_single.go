package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: func result named single.

func f() (n byte) { return }

func main() {
	var g func() = f
	_ = g
}
