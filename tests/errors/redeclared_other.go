package main

func f() {}
func f() {}

var v = 1
var v = 2

func main() {
	a := 1
	var a = 2
	_ = a
}
