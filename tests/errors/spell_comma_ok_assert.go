package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: comma ok assert.

func main() {
	var x interface{} = 1
	var s string = x.(int)
	_ = s
}
