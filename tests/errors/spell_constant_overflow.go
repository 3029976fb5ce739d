package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: constant overflow and truncation.

const c byte = 255

func main() {
	var b byte = 255
	_ = b + 1000
	_ = c + 1
	_ = byte(300)
	var r rune
	_ = r << 1.5
	_ = -c
	x := []byte{300}
	_ = x
}

type B byte

const d B = 200

func g() {
	_ = d * 2
}
