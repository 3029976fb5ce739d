package main

type A [2]B
type B struct {
	x int
	a A
}
type P = Q
type Q = []P
type L struct{ next *L }
type M map[string]M
type E struct{ e [0]E }

func main() {
	type loc struct{ l loc }
	var l L
	_ = l
}
