package main

import (
	"fmt"
	"strings"
)

// Generic interface types: Container[T] with methods using T, implemented
// by *Bag[T] and by a non-generic type for one instantiation; a generic
// interface as an ordinary parameter type (Container[int]) and as a
// constraint that mentions another type parameter ([C Container[T], T any]).

type Container[T any] interface {
	Put(T)
	All() []T
}

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Put(v T)  { b.items = append(b.items, v) }
func (b *Bag[T]) All() []T { return b.items }

type Upper struct{ sb []string }

func (u *Upper) Put(s string)  { u.sb = append(u.sb, strings.ToUpper(s)) }
func (u *Upper) All() []string { return u.sb }

func Fill[C Container[T], T any](c C, xs ...T) C {
	for _, x := range xs {
		c.Put(x)
	}
	return c
}

func Total(c Container[int]) int {
	t := 0
	for _, v := range c.All() {
		t += v
	}
	return t
}

type Getter[T any] interface{ Get() T }

type Const[T any] struct{ v T }

func (c Const[T]) Get() T { return c.v }

func GetAll[T any](gs ...Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

func main() {
	b := Fill(&Bag[int]{}, 1, 2, 3)
	fmt.Println(b.All(), Total(b))
	var c Container[string] = &Upper{}
	Fill(c, "x", "y")
	fmt.Println(c.All())
	u := Fill[*Upper](&Upper{}, "go")
	fmt.Printf("%v %T\n", u.All(), c)
	fmt.Println(GetAll[int](Const[int]{1}, Const[int]{2}))
	var g Getter[string] = Const[string]{"s"}
	fmt.Printf("%v %T\n", g.Get(), g)
	_, isInt := any(g).(Getter[int])
	fmt.Println(isInt)
}
