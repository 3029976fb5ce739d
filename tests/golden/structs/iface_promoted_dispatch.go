// Interface method calls through itabs: promoted methods (embedded
// interfaces, embedded values and pointers, several levels), more dynamic
// types at one call site than its inline cache holds, method values.
package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int      { return q.s * q.s }
func (q *Sq) Name() string  { return "sq" }

type Wrap struct {
	Shape
	tag string
}

type Deep struct{ *Wrap }

type Namer interface{ Name() string }

type Inner struct{ n string }

func (i Inner) Name() string { return "inner-" + i.n }

type Outer struct{ Inner }
type OuterP struct{ *Inner }

func main() {
	w := Wrap{&Sq{3}, "t"}
	fmt.Println(w.Area(), w.Name())
	var s Shape = w
	fmt.Println(s.Area(), s.Name())
	d := Deep{&w}
	s = d
	for i := 0; i < 3; i++ {
		fmt.Println(s.Area(), s.Name(), d.Area())
	}
	var n Namer = Outer{Inner{"a"}}
	fmt.Println(n.Name())
	n = &Outer{Inner{"b"}}
	fmt.Println(n.Name())
	n = OuterP{&Inner{"c"}}
	fmt.Println(n.Name())
	ns := []Namer{Outer{Inner{"x"}}, OuterP{&Inner{"y"}}, Inner{"z"}, &Sq{}, w, d}
	for r := 0; r < 2; r++ {
		for _, x := range ns {
			fmt.Print(x.Name(), " ")
		}
	}
	fmt.Println()
	f := s.Area
	fmt.Println(f())
	defer func() { fmt.Println(recover()) }()
	var e Wrap
	fmt.Println(e.Area())
}
