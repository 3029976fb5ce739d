package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: many places.

import "strings"

type T struct{}

func (T) M(x int) string { return "" }

func mk() func(b byte) { return nil }


func main() {
	var n int = T.M
	var f func(x int)
	g := f
	var m int = g
	var k int = mk()
	ch := make(chan byte)
	v := <-ch
	var s string = v
	var a [2]byte
	for _, e := range a {
		var r string = e
	}
	x := 'a' * 2
	var y string = x
	var z string = rune(65)
	var w int = strings.Map
	p := &a
	var o string = p[0]
	_, _, _, _, _, _, _, _ = n, m, k, s, y, z, w, o
}
