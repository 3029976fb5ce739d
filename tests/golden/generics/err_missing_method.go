package main

import "fmt"

// A type argument lacking the constraint's method: int has no String
// method, so it does not satisfy fmt.Stringer as a constraint.

func Show[T fmt.Stringer](xs []T) {
	for _, x := range xs {
		fmt.Println(x.String())
	}
}

func main() {
	Show([]int{1, 2, 3})
}
