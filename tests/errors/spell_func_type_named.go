package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: func type named.

type F func(b byte) rune

func main() {
	var f F
	var s string = f(1)
	_ = s
}
