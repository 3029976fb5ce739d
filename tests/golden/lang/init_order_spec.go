package main

import "fmt"

var a = c + b
var b = f("b")
var c = f("c")
var d = 3
var x, y = f("x"), x + 1
var p, q = pair()
var r = f("r") + p

func f(s string) int {
	fmt.Println("init", s)
	return len(s) + d
}

func pair() (int, int) {
	fmt.Println("pair")
	return 1, 2
}

func main() { fmt.Println(a, b, c, d, x, y, p, q, r) }
