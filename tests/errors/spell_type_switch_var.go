package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: type switch var.

func main() {
	var x interface{} = 1
	switch v := x.(type) {
	case []byte:
		var n int = v
		_ = n
	}
}
