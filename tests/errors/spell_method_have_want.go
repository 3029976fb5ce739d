package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: method have want.

type I interface{ M(b byte) rune }

type T struct{}

func (T) M(x int) rune { return 0 }

type U struct{}

func (U) N() {}

func main() {
	var i I = T{}
	var j I = U{}
	_, _ = i, j
}
