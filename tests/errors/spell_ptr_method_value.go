package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: ptr method value.

type T struct{}

func (t *T) Set(v byte) {}

func main() {
	t := &T{}
	var f func() = t.Set
	_ = f
}
