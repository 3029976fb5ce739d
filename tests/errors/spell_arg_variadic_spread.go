package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: arg variadic spread.

func f(bs ...byte) {}

func main() {
	var r []rune
	f(r...)
}
