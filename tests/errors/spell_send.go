package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: send.

func main() {
	ch := make(chan byte, 1)
	ch <- "x"
}
