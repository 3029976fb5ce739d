package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: map key byte.

func main() {
	m := map[byte]int{}
	var k int = 1
	_ = m[k]
}
