package main

// unsafe.Sizeof, Alignof and Offsetof are constants of Go's amd64 layout
// (a slice is 24 bytes, padding as cmd/compile lays structs out, a byte
// after a trailing zero-size field), usable in constant expressions.

import (
	"fmt"
	"unsafe"
)

type Small struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	b int64
	a, c bool
}

type Inner struct {
	x int16
	y [3]byte
}

type Outer struct {
	flag bool
	Inner
	s    []int
	tail struct{}
}

func main() {
	var s Small
	var p Packed
	fmt.Println(unsafe.Sizeof(s), unsafe.Sizeof(p), unsafe.Alignof(s), unsafe.Offsetof(s.c), unsafe.Offsetof(p.c))
	fmt.Println(unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(any(1)), unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof('x'))
	var o Outer
	fmt.Println(unsafe.Sizeof(o), unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.y), unsafe.Offsetof(o.s), unsafe.Offsetof(o.tail), unsafe.Alignof(o.Inner))
	const k = unsafe.Sizeof(int32(0)) * 2
	var arr [k]byte
	fmt.Printf("%T %v %d\n", unsafe.Sizeof(s), len(arr), unsafe.Sizeof([4]Small{}))
	po := &o
	fmt.Println(unsafe.Offsetof(po.s), unsafe.Sizeof(struct{}{}), unsafe.Sizeof(struct {
		a int32
		b struct{}
	}{}))
}
