package main

// True cycles stay errors when a pointer elsewhere names a type early:
// A holds B by value and B holds A by value (through the struct that
// also points at A).

type A struct {
	p *C
	b B
}

type B struct {
	q *A
	a A
}

type C struct{ x [2]C }

func main() {}
