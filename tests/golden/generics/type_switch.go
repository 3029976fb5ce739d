package main

import (
	"fmt"
	"strconv"
)

// A type switch on any(x) inside a generic function (cases for basic types,
// a named type, a generic type instantiation and default), type assertions
// on any(x), and comparing the dynamic types of two type parameters.

type Celsius float64

type Box[T any] struct{ V T }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + strconv.Quote(v)
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(v))
	case Box[int]:
		return fmt.Sprintf("box of int %d", v.V)
	case fmt.Stringer:
		return "stringer " + v.String()
	case nil:
		return "nil"
	case []T:
		return fmt.Sprintf("slice of own T, len %d", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func AsInt[T any](x T) (int, bool) {
	i, ok := any(x).(int)
	return i, ok
}

func SameType[A, B any](a A, b B) bool {
	_, ok := any(b).(A)
	return ok
}

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(Celsius(21.55)))
	fmt.Println(Describe(Box[int]{7}))
	fmt.Println(Describe(Box[string]{"s"}))
	fmt.Println(Describe(Tag("go")))
	fmt.Println(Describe[error](nil))
	fmt.Println(Describe(3.5))
	fmt.Println(AsInt(5))
	fmt.Println(AsInt("5"))
	fmt.Println(SameType(1, 2), SameType(1, "2"), SameType(Box[int]{}, Box[int]{1}))
}
