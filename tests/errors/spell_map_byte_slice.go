package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: map byte slice.

func main() {
	m := map[string][]byte{}
	var s string = m["k"]
	_ = s
}
