package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: call result.

func get() byte { return 1 }

func main() {
	var s string = get()
	_ = s
}
