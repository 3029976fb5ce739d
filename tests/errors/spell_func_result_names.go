package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: func result names.

func divmod(a, b int) (q, r int) { return a / b, a % b }

func main() {
	var f func() = divmod
	_ = f
}
