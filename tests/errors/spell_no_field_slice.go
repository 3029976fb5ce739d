package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: no field slice.

func main() {
	var b []byte
	b.Len()
}
