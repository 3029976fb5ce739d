package main

import (
	"fmt"
	"reflect"
)

// Instances whose type arguments involve types declared in functions, in
// composite types, in function literals and methods, and aliases (which
// are not numbered); %T, reflect and a failed type assertion's panic.

type Box[T any] struct{ V T }
type Pair[K comparable, V any] struct {
	K K
	V V
}

type S struct{}

func (S) m() any {
	type inMethod struct{ x int }
	return Box[inMethod]{}
}

func lit() any {
	f := func() any {
		type inLit bool
		return Box[[]inLit]{}
	}
	type after uint8
	_ = Box[after]{}
	return f()
}

func main() {
	type A = int
	type local struct{ n int }
	type iface interface{ hidden() }
	fmt.Printf("%T\n", Box[A]{})
	fmt.Printf("%T\n", Box[Box[local]]{})
	fmt.Printf("%T\n", Pair[local, map[local][]*local]{})
	fmt.Printf("%T\n", Box[iface]{})
	fmt.Printf("%T\n", S{}.m())
	fmt.Printf("%T\n", lit())
	fmt.Printf("%T %T\n", []Box[local]{}, map[string]Box[local]{})
	fmt.Println(reflect.TypeOf(Box[local]{}).Name(), reflect.TypeOf(Box[local]{}).String())
	fmt.Printf("%v %+v\n", Box[local]{}, Pair[local, int]{})
	var x any = Box[local]{}
	defer func() { fmt.Println(recover()) }()
	_ = x.(int)
}
