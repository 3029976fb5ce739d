package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: bytes buffer.

import "strings"

func main() {
	var n int = strings.ToUpper
	_ = n
}
