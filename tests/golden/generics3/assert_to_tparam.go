// A type assertion or type switch case to a type parameter is never
// "impossible", whatever the type argument (types2 treats the parameter
// as an interface): Go's test/typeparam/issue50002.go, issue51700.go,
// issue52228.go. It simply fails at run time.
package main

import "fmt"

type S struct{}

func (S) M() byte { return 0 }

type I[T any] interface{ M() T }

func F[T, A any](x I[T]) {
	switch x.(type) {
	case A:
		fmt.Println("case A")
	default:
		fmt.Println("default")
	}
	_, ok := x.(A)
	fmt.Println("ok:", ok)
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	_ = x.(A)
	fmt.Println("asserted")
}

type SomeInterface interface{ Whatever() }

func X[T any]() T {
	var m T
	if _, ok := any(m).(SomeInterface); ok {
		var dst SomeInterface
		_, _ = dst.(T)
		return dst.(T)
	}
	return m
}

func f[B any](b B) string {
	if b1, ok := any(b).(interface{ m1() }); ok {
		_ = b1.(B)
		return "m1"
	}
	return "none"
}

type holder struct{ n int }

func main() {
	F[byte, string](S{})
	F[byte, S](S{})
	fmt.Println(X[holder](), f(S{}), f(3))
}
