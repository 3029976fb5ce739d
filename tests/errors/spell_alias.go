package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: alias.

type Bytes = []byte

func main() {
	var b Bytes
	var s string = b
	_ = s
}
