package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: comparisons, map keys, channels.

type S struct{ B []byte }

func main() {
	var a, b S
	_ = a == b
	var m map[[]rune]int
	_ = m
	var x, y [2][]byte
	_ = x == y
	var f func(b byte)
	_ = f == f
	var i interface{ M(r rune) }
	i.M("x")
	var ch chan<- rune
	<-ch
	_ = <-make(chan []byte) + 1
}
