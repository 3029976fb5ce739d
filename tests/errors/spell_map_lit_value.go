package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: map lit value.

func main() {
	_ = map[string]byte{"a": "b"}
}
