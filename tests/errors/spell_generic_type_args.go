package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: generic types' arguments and fields.

type List[E any] struct{ items []E }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var l List[byte]
	var u int = l.items
	p := Pair[rune, []byte]{}
	var a string = p.Key
	var b string = p.Val
	_, _, _ = u, a, b
}

func g() {
	var l List[byte]
	var m map[rune]List[[]rune]
	var x int = l
	var y int = m
	_, _ = x, y
}
