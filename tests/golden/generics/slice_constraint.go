package main

import "fmt"

// Constraint literals in the type parameter list: [S ~[]E, E any] with
// constraint type inference (E inferred from S's core type), so that a
// function taking and returning S keeps the caller's named slice type.

type IDs []int

func (ids IDs) Total() int {
	t := 0
	for _, id := range ids {
		t += id
	}
	return t
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Reverse[S ~[]E, E any](s S) S {
	out := make(S, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

func First[S interface{ ~[]E }, E interface{ ~int | ~string }](s S) E {
	return s[0]
}

func main() {
	ids := IDs{3, 1, 4, 1, 5}
	r := Reverse(ids)
	fmt.Printf("%v %T %d\n", r, r, r.Total())
	c := Clone(ids)
	c[0] = 100
	fmt.Println(ids, c, Clone(IDs(nil)) == nil)
	fmt.Println(Index(ids, 4), Index([]string{"a", "b"}, "b"), Index(ids, 9))
	words := Reverse([]string{"x", "y", "z"})
	fmt.Printf("%v %T\n", words, words)
	fmt.Println(First(ids), First([]string{"head", "tail"}))
	fmt.Println(Reverse[IDs, int](IDs{7, 8}))
}
