package main

// Untyped constant operands inside non-constant untyped expressions take
// the type the context gives the whole: shift counts that are themselves
// non-constant shifts (uint), parenthesised constants, and 1<<s + 1 into an
// interface (Go's test/fixedbugs bug180.go, issue15175.go, issue24763.go).

import "fmt"

func shift(x int) int { return 1 << (1 << (1 << (uint(x)))) }

func f(a1 uint, v1 uint) uint {
	return a1 >> (((2 ^ 2) >> (v1 | 2)) + 0)
}

func main() {
	fmt.Println(shift(2), 1<<(1<<(1<<2)))
	var s uint = 1
	var y interface{}
	y = 1<<s + 1
	fmt.Printf("%v %T\n", y, y)
	fmt.Println(f(8, 1), f(1024, 0))
	var a1, v1 uint = 8, 1
	fmt.Println(a1>>((4)>>v1), a1>>((2^2)>>v1)+0)
}
