package main

// Package unsafe's errors as Go reports them.

import "unsafe"

type Inner struct{ x int }

type ViaPtr struct{ *Inner }

type T struct{ a int }

func (T) M() {}

func main() {
	var v ViaPtr
	var t T
	n := 3
	_ = unsafe.Foo
	_ = unsafe.Offsetof(n)
	_ = unsafe.Offsetof(v.x)
	_ = unsafe.Sizeof(1, 2)
	_ = unsafe.Offsetof(t.M)
}
