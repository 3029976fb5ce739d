package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: string index const.

func main() {
	const s = "abc"
	var x string = s[1]
	_ = x
}
