package main

// Blank fields and blank methods never clash with each other (Go's
// test/blank.go).

import "fmt"

type T struct {
	_, _, _ int
	X       int
}

func (T) _() {}

func (T) _() {}

func main() {
	t := T{X: 3}
	fmt.Println(t.X, t)
}
