package main

import "fmt"

// fuzz-gen: slicing a nil slice with constant-free bounds 0:0 computed
// base + 0*esize on a NULL base (clang UBSan: "applying zero offset to null
// pointer", interp/eval/ex_access.c slice_expr)
func id(x int) int { return x }

func main() {
	var s []int
	t := s[id(0):id(0)]
	fmt.Println(len(t), t == nil)
	var str string
	fmt.Println(len(str[id(0):]))
}
