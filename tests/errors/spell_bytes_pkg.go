package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: bytes pkg.

import "bytes"

func main() {
	var s string = bytes.ToUpper
	_ = s
}
