package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: strings method.

import "strings"

func main() {
	var b strings.Builder
	var f func() = b.WriteByte
	_ = f
}
