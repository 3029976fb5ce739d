package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: embed.

type Inner struct{ B byte }
type Outer struct{ Inner }

func main() {
	var o Outer
	var s string = o.B
	_ = s
}
