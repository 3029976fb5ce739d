package main

type B byte
type R rune

func main() {
	var x B
	_ = x + 300
	var r R
	_ = r * 1.5
}
