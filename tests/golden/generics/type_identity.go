package main

import "fmt"

// Identity of instantiated types: Box[int] written twice is one type
// (assignable, comparable, same map key), Box[MyInt] is a different type,
// an alias IntBox = Box[int] is the same type, and a defined type
// `type Cell Box[int]` has Box's fields but not its methods.

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type MyInt int

type IntBox = Box[int]

type Cell Box[int]

func Make[T any](v T) Box[T] { return Box[T]{v} }

func main() {
	var a Box[int] = Make(1)
	var b IntBox = a
	b.V++
	fmt.Println(a, b, a == Box[int]{1}, b.Get())
	fmt.Printf("%T %T\n", a, b)

	var x any = Make(MyInt(2))
	_, isInt := x.(Box[int])
	_, isMy := x.(Box[MyInt])
	fmt.Println(isInt, isMy)
	fmt.Printf("%T\n", x)

	c := Cell(a)
	c.V = 10
	fmt.Printf("%v %T %v\n", c, c, Box[int](c).Get())

	seen := map[any]string{}
	seen[Box[int]{1}] = "int"
	seen[Box[MyInt]{1}] = "myint"
	seen[IntBox{1}] = "alias"
	fmt.Println(len(seen), seen[Box[int]{1}], seen[Box[MyInt]{1}])
	fmt.Println(any(Box[int]{}) == any(Box[MyInt]{}), any(Box[int]{}) == any(IntBox{}))
}
