package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: arg variadic.

func f(bs ...byte) {}

func main() {
	f("x")
}
