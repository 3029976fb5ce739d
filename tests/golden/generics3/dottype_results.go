// Type assertions to a type parameter, comma-ok ones returned as two
// results and printed by println(f()) (the built-in prints each result,
// as Go's test/typeparam/dottype.go does).
package main

import "fmt"

func f[T any](x interface{}) T {
	return x.(T)
}

func f2[T any](x interface{}) (T, bool) {
	t, ok := x.(T)
	return t, ok
}

type I interface{ foo() }

type myint int

func (myint) foo() {}

type myfloat float64

func (myfloat) foo() {}

func g2[T I](x I) (T, bool) {
	t, ok := x.(T)
	return t, ok
}

func h[T any](x interface{}) struct{ a, b T } {
	return x.(struct{ a, b T })
}

func k[T any](x interface{}) interface{ bar() T } {
	return x.(interface{ bar() T })
}

type mybar int

func (x mybar) bar() int { return int(x) }

func three() (string, int, bool) { return "three", 3, true }

func shouldpanic(x func()) {
	defer func() {
		e := recover()
		fmt.Println("recovered:", e != nil)
	}()
	x()
}

func main() {
	var i interface{} = int(3)
	var x interface{} = float64(3)
	var j I = myint(3)
	var y I = myfloat(3)

	println(f[int](i))
	shouldpanic(func() { f[int](x) })
	println(f2[int](i))
	println(f2[int](x))
	println(g2[myint](j))
	println(g2[myint](y))
	println(h[int](struct{ a, b int }{3, 5}).a)
	println(k[int](mybar(3)).bar())
	print(three())
	println()
	defer println(f2[string]("deferred"))
	v, ok := f2[float64](x)
	fmt.Println(v, ok)
}
