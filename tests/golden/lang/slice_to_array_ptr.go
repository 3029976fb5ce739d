package main

// Conversions from slice to array pointer (Go 1.17): the pointer shares
// the slice's elements; a slice shorter than the array panics with Go's
// text; a nil slice gives a nil pointer. Also the 3-index slice bound of
// an array says "length" (Go's test/convert4.go, issue30116.go).

import "fmt"

type Block [4]byte

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	s := make([]byte, 8, 10)
	p := (*[8]byte)(s)
	p[3] = 7
	fmt.Println(s[3], &p[0] == &s[0], len(p))
	q := (*[2]byte)(s[6:])
	q[1] = 9
	fmt.Println(s)
	b := (*Block)(s[:4])
	b[0] = 1
	fmt.Println(*b, s[0])
	var ns []int
	fmt.Println((*[0]int)(ns) == nil, (*[0]int)([]int{}) != nil)
	try("short", func() { _ = (*[9]byte)(s) })
	try("nil", func() { _ = (*[1]int)(ns) })
	arr := [3]int{1, 2, 3}
	i := 4
	try("array3", func() { _ = arr[0:1:i] })
	sl := arr[:]
	try("slice3", func() { _ = sl[0:1:i] })
}
