package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: untyped rune const.

const c = 'x'

func main() {
	d := c
	var s string = d
	_ = s
}
