package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: rune slice index.

func main() {
	rs := []rune("héllo")
	var s string = rs[1]
	_ = s
}
