package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: iface method.

type I interface{ Get(k string) byte }

func main() {
	var i I
	var f func() = i.Get
	_ = f
}
