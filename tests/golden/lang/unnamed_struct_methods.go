package main

// Unnamed struct types and types declared in functions have the methods
// of their embedded fields: they implement interfaces through them, by
// value and through pointers, and dispatch at run time (Go's
// test/method.go, fixedbugs/issue24547.go).

import (
	"bytes"
	"fmt"
)

type S struct{ n int }

func (s S) Val() int   { return s.n }
func (s *S) Inc()      { s.n++ }
func (s S) String() string { return fmt.Sprint("S", s.n) }

type Valer interface{ Val() int }
type Incer interface {
	Inc()
	Val() int
}

type mystruct struct{ f int }

func (t mystruct) String() string { return "FAIL" }

func main() {
	zs := struct{ S }{S{3}}
	var v Valer = zs
	fmt.Println(v.Val(), zs.Val())
	var in Incer = &zs
	in.Inc()
	fmt.Println(in.Val(), zs.n)
	fmt.Println(zs, &zs)

	type local struct {
		S
		extra string
	}
	l := local{S{7}, "x"}
	v = l
	fmt.Println(v.Val(), l)

	type deep struct{ mystruct }
	s := struct {
		deep
		*bytes.Buffer
	}{deep{}, bytes.NewBufferString("ok")}
	var st fmt.Stringer = s
	fmt.Println(s.String(), st.String())
	_, isIncer := interface{}(zs).(Incer)
	_, ptrIncer := interface{}(&zs).(Incer)
	fmt.Println(isIncer, ptrIncer)
}
