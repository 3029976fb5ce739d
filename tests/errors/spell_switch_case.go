package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: switch case.

func main() {
	var b byte
	n := 1
	switch b {
	case n:
	}
	s := "x"
	switch s[0] {
	case 'a', "b":
	}
	var r rune
	switch {
	case r:
	}
}
