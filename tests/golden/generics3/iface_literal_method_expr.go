// A method expression on an interface type literal, interface{ M() }.M,
// with a nil receiver too (Go's test/typeparam/issue51521.go, whose
// generic G[T] Go 1.19 itself cannot link).
package main

import (
	"fmt"
	"strings"
)

type I interface{ M() }

type impl struct{ s string }

func (i impl) M()               { fmt.Println("M of", i.s) }
func (i impl) Get() string      { return i.s }
func (i impl) Pair() (int, int) { return 1, 2 }

func F[P I](p P) { defer catch(); p.M() }
func G()         { defer catch(); interface{ M() }.M(nil) }

func main() {
	F[I](nil)
	G()
	interface{ M() }.M(impl{"literal"})
	get := interface{ Get() string }.Get
	fmt.Println(get(impl{"value"}))
	a, b := interface{ Pair() (int, int) }.Pair(impl{})
	fmt.Println(a, b)
}

func catch() {
	err := recover()
	if err, ok := err.(error); ok && strings.Contains(err.Error(), "nil pointer dereference") {
		fmt.Println("caught:", err)
		return
	}
	fmt.Println("FAIL", err)
}
