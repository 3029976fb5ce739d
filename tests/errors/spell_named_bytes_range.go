package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: named bytes range.

type B []byte

func main() {
	var b B
	for _, x := range b {
		var s string = x
		_ = s
	}
}
