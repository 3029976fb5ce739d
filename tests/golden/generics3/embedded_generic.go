// Methods of embedded generic types: promoted through *A1[T] and an
// embedded interface A2[T], several levels down, and as method
// expressions B1[T].m1 and B2[T].m2 (Go's test/typeparam/issue44688.go);
// an embedded alias of an instance names its field as written
// (struct.go).
package main

import "fmt"

type A1[T any] struct{ val T }

func (p *A1[T]) m1(val T) { p.val = val }

type A2[T any] interface{ m2(T) }

type B1[T any] struct {
	filler int
	*A1[T]
	A2[T]
}

type B2[T any] interface{ A2[T] }

type ImpA2[T any] struct{ f T }

func (a2 *ImpA2[T]) m2(s T) { a2.f = s }

type C[T any] struct {
	filler1 int
	B1[T]
}

type D[T any] struct {
	filler1, filler2 int
	C[T]
}

func test[T any](arg T) {
	var b1 B1[T]
	b1.A1 = &A1[T]{}
	b1.A2 = &ImpA2[T]{}
	b1.m1(arg)
	b1.m2(arg)
	fmt.Println(b1.A1.val, b1.A2.(*ImpA2[T]).f)

	var d D[T]
	d.C.B1.A1 = &A1[T]{}
	d.C.B1.A2 = &ImpA2[T]{}
	d.m1(arg)
	d.m2(arg)
	fmt.Println(d.val, d.A2.(*ImpA2[T]).f)

	m1x := B1[T].m1
	m1x(b1, arg)
	pm := (*D[T]).m1
	pm(&d, arg)
	fmt.Println(b1.val, d.val)
}

type E[T any] struct{ v T }

type S1 struct {
	E[int]
	v string
}

type Eint = E[int]
type Ebool = E[bool]

type S2 struct {
	Eint
	Ebool
	v string
}

type S3 struct{ *E[int] }

// non-generic: promoted and interface method expressions
type Named struct{ n int }

func (n Named) Get() int { return n.n }

type Outer struct{ *Named }

type Getter interface{ Get() int }

func main() {
	test(7)
	test("s")
	s1 := S1{E[int]{2}, "foo"}
	s2 := S2{Eint{3}, Ebool{true}, "foo"}
	s3 := S3{&Eint{4}}
	s4 := S2{Eint: Eint{5}}
	fmt.Println(s1.E.v, s2.Eint.v, s2.Ebool.v, s3.E.v, s4.Eint.v)
	fmt.Printf("%+v %+v\n", s1, s2)
	o := Outer{&Named{9}}
	get := Outer.Get
	iget := Getter.Get
	fmt.Println(get(o), iget(o), Getter.Get(Named{1}))
	imp := &ImpA2[string]{}
	m2x := B2[string].m2
	m2x(imp, "via B2[string].m2")
	fmt.Println(imp.f)
}
