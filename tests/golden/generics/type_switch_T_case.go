package main

import "fmt"

// A type switch inside a generic function may list the type parameter T as
// a case next to concrete types that T may be instantiated with (int,
// string): not a duplicate case. The first matching case wins, so for
// Kinds[int] the int case is taken, and T only catches what the others do
// not; a case list mixing T and []T.

func Kinds[T any](xs ...T) string {
	s := ""
	for _, x := range xs {
		switch any(x).(type) {
		case int, int8:
			s += "i"
		case string, []byte:
			s += "s"
		case T:
			s += "T"
		}
	}
	return s
}

func Match[T any](v any) string {
	switch v.(type) {
	case T, []T:
		return fmt.Sprintf("T or []T (%T)", v)
	case int:
		return "int"
	}
	return "neither"
}

func main() {
	fmt.Println(Kinds(1, 2), Kinds("a"), Kinds(1.5), Kinds[any](1, "x", 2.5))
	fmt.Println(Match[int](1), Match[int]([]int{}), Match[string](2), Match[bool]("s"))
}
