package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: multi value assert copy.

func f() (a byte, b rune) { return }

func g() (byte, rune) { return 0, 0 }

type E interface{ M() }

func main() {
	var x int = f()
	var y int = g()
	var e E
	_ = e.([]byte)
	var d []rune
	copy(d, []byte{})
	_, _ = x, y
}
