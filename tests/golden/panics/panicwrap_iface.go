package main

// A value method called through an interface holding a nil *T: Go's
// panicwrap error, "value method main.T.F called using nil *T pointer"
// (Go's test/fixedbugs/issue19040.go).

import "fmt"

type T int

type I interface{ F() }

func (t T) F() {}

var (
	t *T
	i I = t
)

func call(x I) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println(r, isRuntime)
	}()
	x.F()
}

func main() {
	call(i)
	var p *T
	call(p)
	i.F()
}
