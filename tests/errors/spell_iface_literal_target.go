package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: an interface literal target.

type T struct{}

func (T) M(x int) {}

func take(i interface{ M(b byte) }) {}

func main() {
	var i interface{ M(b byte) } = T{}
	take(T{})
	_ = i
}
