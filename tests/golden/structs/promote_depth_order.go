// Methods promoted through several embedding levels reach the outer type
// whatever the order of the declarations (A embeds B embeds *C).
package main

import "fmt"

type A struct{ B }
type B struct {
	*C
	n int
}
type C struct{ s string }

func (c *C) M() string { return "M:" + c.s }
func (c C) V() string  { return "V:" + c.s }

type Ier interface {
	M() string
	V() string
}

func main() {
	a := A{B{&C{"x"}, 1}}
	var i Ier = a
	fmt.Println(i.M(), i.V())
	var j Ier = &a
	fmt.Println(j.M(), j.V())
}
