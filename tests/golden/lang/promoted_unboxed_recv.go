package main

// Value methods promoted from an embedded field whose type an interface
// holds unboxed (type T int, float64, bool...), called through interfaces
// holding the struct or a pointer to it (Go's test/interface/receiver.go).

import "fmt"

type T int

func (t T) V() string  { return fmt.Sprint("T ", int(t)) }
func (t *T) P() string { *t++; return fmt.Sprint("*T ", int(*t)) }

type F float64

func (f F) V() string { return fmt.Sprint("F ", float64(f)) }

type B bool

func (b B) V() string { return fmt.Sprint("B ", bool(b)) }

type Str string

func (s Str) V() string { return "Str " + string(s) }

type V interface{ V() string }
type P interface {
	P() string
	V() string
}

type S struct{ T }
type S2 struct {
	n int
	F
}
type S3 struct{ B }
type S4 struct{ Str }
type Deep struct{ S }

func main() {
	s := S{42}
	for _, v := range []V{s, &s, S2{1, 2.5}, &S2{1, -1}, S3{true}, &S3{}, S4{"x"}, Deep{S{7}}, &Deep{S{8}}} {
		fmt.Println(v.V())
	}
	var p P = &s
	fmt.Println(p.P(), p.V(), s.T)
	d := &Deep{S{1}}
	p = d
	fmt.Println(p.P(), p.V())
	f := V.V
	fmt.Println(f(S3{true}))
}
