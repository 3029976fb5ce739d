package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: return rune.

func first(s string) string {
	for _, r := range s {
		return r
	}
	return ""
}

func main() { _ = first("x") }
