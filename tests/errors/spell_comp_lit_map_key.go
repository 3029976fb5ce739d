package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: comp lit map key.

func main() {
	var k int = 1
	_ = map[byte]string{k: "x"}
}
