package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: map range.

func main() {
	m := map[byte]rune{}
	for k, v := range m {
		var s string = k
		var t string = v
		_, _ = s, t
	}
}
