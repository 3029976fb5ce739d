package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: byte plus rune.

func main() {
	s := "ab"
	for _, r := range s {
		_ = s[0] + r
	}
}
