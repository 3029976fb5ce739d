package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: func two params.

func add(a, b int) int { return a + b }

func main() {
	var f func(int) int = add
	_ = f
}
