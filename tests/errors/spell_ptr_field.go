package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: ptr field.

type P struct{ B []byte }

func main() {
	p := &P{}
	var s string = p.B
	_ = s
}
