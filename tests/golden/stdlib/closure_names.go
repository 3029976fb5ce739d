package main

// Function literals are named as cmd/compile names them (closureName):
// main.main.func1 in a function, main.main.func2.1 in a literal,
// main.glob..func1 in package-level initialisers, methods' literals with their
// receivers.

import (
	"fmt"
	"runtime"
)

func name() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

var g = func() string { return name() }
var h = func() func() string { return func() string { return name() } }

type T struct{}

func (T) m() string { return func() string { return name() }() }
func (*T) p() string { return func() string { return func() string { return name() }() }() }

func main() {
	fmt.Println(g(), h()())
	fmt.Println(func() string { return name() }())
	fmt.Println(func() string { return func() string { return name() }() }())
	fmt.Println(func() string { return name() }())
	fmt.Println(T{}.m(), (&T{}).p())
	defer func() { fmt.Println(name()) }()
}
