package main

import "fmt"

// Go 1.19 does not unify two different named types by structure: Words
// passed for List[T] cannot infer T.

type List[T any] []T

func Len[T any](l List[T]) int { return len(l) }

type Words []string

func main() {
	fmt.Println(Len(Words{"x"}))
}
