// iface_errors.go - Go 1.19's texts when a type does not implement an
// interface: missing method (with the case-folded have/want hint), wrong
// type, pointer receiver, pointer to interface, ambiguous selector,
// impossible type assertions and type switch cases.
package main

type I interface{ M(string) }
type J interface {
	P()
	M(string)
}
type T struct{}

func (T) m(string) {}

type U struct{}

func (*U) M(int) {}

type A struct{}

func (A) X() {}

type B struct{}

func (B) X() {}

type C struct {
	A
	B
}

type K interface{ M(int) }

func f(i I) {}

func main() {
	var i I = T{}
	var u I = U{}
	var j J
	i = j
	var k K
	i = k
	var p *I
	i = p
	f(T{})
	var c C
	c.X()
	var e I
	_ = e.(U)
	switch e.(type) {
	case T:
	case *U:
	}
	_, _ = i, u
}
