package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: func variadic.

func join(sep string, xs ...string) string { return "" }

func main() {
	var f func() = join
	_ = f
}
