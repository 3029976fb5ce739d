package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: func param func.

func apply(f func(int) int) {}

func show(s string) string { return s }

func main() {
	apply(show)
}
