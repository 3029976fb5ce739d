// nil_receivers explores nil in method-heavy code: methods with nil
// pointer receivers that handle nil, the "typed nil inside a non-nil
// error interface" bug, fmt on nil values, and nil maps/slices/funcs.
package main

import (
	"errors"
	"fmt"
)

type List struct {
	Val  int
	Next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.Next.Len()
}

func (l *List) Sum() (s int) {
	for ; l != nil; l = l.Next {
		s += l.Val
	}
	return
}

func (l *List) Push(v int) *List { return &List{v, l} }

func (l *List) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%d -> %v", l.Val, l.Next)
}

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func validateBuggy(name string) error {
	var verr *ValidationError
	if name == "" {
		verr = &ValidationError{"name"}
	}
	return verr // non-nil interface even when verr is nil!
}

func validate(name string) error {
	if name == "" {
		return &ValidationError{"name"}
	}
	return nil
}

func main() {
	var l *List
	fmt.Println(l.Len(), l.Sum(), l)
	for i := 1; i <= 4; i++ {
		l = l.Push(i * i)
	}
	fmt.Println(l.Len(), l.Sum(), l)

	for _, name := range []string{"ann", ""} {
		e1, e2 := validateBuggy(name), validate(name)
		fmt.Printf("%q: buggy nil? %t  fixed nil? %t  %T\n", name, e1 == nil, e2 == nil, e1)
		var ve *ValidationError
		if errors.As(e1, &ve) {
			fmt.Println("  as ValidationError; pointer nil?", ve == nil)
		}
	}

	var m map[string]int
	var s []string
	var f func() int
	var i interface{}
	var e error
	var p *int
	fmt.Println(m["missing"], len(m), len(s), cap(s), s == nil, f == nil, i == nil, e == nil, p == nil)
	fmt.Printf("%v %v %v %v %d %s\n", m, s, i, e, s, s)
	fmt.Printf("%#v %#v %#v %+v\n", m, s, i, p)
	for range s {
		fmt.Println("never")
	}
	s = append(s, "grown")
	fmt.Println(s, len(s))
	var iface fmt.Stringer = l.Next.Next.Next.Next
	fmt.Println(iface == nil, iface)

	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println("recovered:", r, isErr, err)
	}()
	fmt.Println(f())
}
