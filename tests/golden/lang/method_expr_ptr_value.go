package main

import "fmt"

type S struct{ n int }

func (s S) Size() int           { return s.n }
func (s S) Add(k int, xs ...int) int { for _, x := range xs { k += x }; return s.n + k }
func (s S) Show()                { fmt.Println("show", s.n) }

func main() {
	f := (*S).Size
	fmt.Println(f(&S{3}))
	g := (*S).Add
	fmt.Println(g(&S{1}, 2, 3, 4))
	h := (*S).Show
	h(&S{7})
	fmt.Printf("%T %T\n", f, g)
	var p *S
	defer func() { fmt.Println("recovered:", recover()) }()
	f(p)
}
