package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: append result.

func main() {
	var b []byte
	var n int = append(b, 1)
	_ = n
}
