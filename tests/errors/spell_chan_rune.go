package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: chan rune.

func main() {
	ch := make(chan rune, 1)
	var s string = <-ch
	_ = s
}
