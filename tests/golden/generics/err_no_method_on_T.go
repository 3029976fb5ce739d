package main

import "fmt"

// A method not in the constraint cannot be called on a type parameter
// value, even if every type argument used has it.

type Word string

func (w Word) Len() int { return len(w) }

func Size[T any](x T) int {
	return x.Len()
}

func main() {
	fmt.Println(Size(Word("abc")))
}
