// Fields through a defined pointer type: p.f is (*p).f, promoted ones too.
package main

import "fmt"

type In struct{ z int }
type S struct {
	f int
	In
}
type PS *S

func (s S) M() int { return s.f }

func main() {
	var p PS = &S{f: 1, In: In{2}}
	p.f = 5
	fmt.Println(p.f, p.z, p.In.z)
	p.z = 7
	fmt.Println((*p).z, (*p).M())
	var q PS
	defer func() { fmt.Println(recover()) }()
	fmt.Println(q.f)
}
