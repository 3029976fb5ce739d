package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: mismatched rune int.

func main() {
	s := "a"
	n := 1
	for _, r := range s {
		if r == n {
		}
	}
}
