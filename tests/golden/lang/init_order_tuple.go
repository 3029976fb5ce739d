package main

// Package initialisation: a variable declared first that depends on the
// second name of a later multi-value declaration waits for that whole
// declaration (Go's test/fixedbugs/bug436.go and issue53619.go).

import "fmt"

func foo() (int, int) {
	fmt.Println("foo runs")
	return 1, 2
}

var c = b
var a, b = foo()
var d = b + 1

var e = g
var f = h
var g, h any = any(nil).(bool)

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(e, f, g, h)
}
