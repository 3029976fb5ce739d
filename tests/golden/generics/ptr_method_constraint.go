package main

import (
	"fmt"
	"strconv"
)

// The pointer-method constraint pattern: [T any, PT interface{ *T; M() }]
// lets a generic function allocate values of T and call methods that have
// pointer receivers through PT(&v); PT is inferred from T (constraint type
// inference from the core type *T).

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntVal struct{ n int }

func (v *IntVal) Set(s string) error {
	n, err := strconv.Atoi(s)
	v.n = n
	return err
}

type StrVal struct{ s string }

func (v *StrVal) Set(s string) error {
	v.s = "<" + s + ">"
	return nil
}

func ParseAll[T any, PT Setter[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		p := PT(&out[i])
		if err := p.Set(s); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func New[T any, PT interface {
	*T
	Init()
}]() T {
	var v T
	PT(&v).Init()
	return v
}

type Conf struct{ ready bool }

func (c *Conf) Init() { c.ready = true }

func main() {
	is, err := ParseAll[IntVal]([]string{"1", "22"})
	fmt.Println(is, err)
	ss, _ := ParseAll[StrVal]([]string{"a", "b"})
	fmt.Println(ss)
	_, err = ParseAll[IntVal]([]string{"x"})
	fmt.Println(err)
	fmt.Printf("%+v\n", New[Conf]())
	explicit, _ := ParseAll[IntVal, *IntVal]([]string{"7"})
	fmt.Println(explicit)
}
