package main

import "fmt"

type T struct{}

func (T) m() int { return c }

var a = b + 1
var b = f()
var c = T{}.m()

func f() int { return a }

func main() { fmt.Println(a, b, c) }
