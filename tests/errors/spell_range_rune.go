package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: range rune.

func main() {
	s := "hi"
	for _, r := range s {
		var x string = r
		_ = x
	}
}
