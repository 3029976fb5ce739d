package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: map value rune.

func main() {
	m := map[string]rune{}
	var s string = m["a"]
	_ = s
}
