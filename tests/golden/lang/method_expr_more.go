package main

// Method expressions Go generates wrappers for: on interface types
// (I.M, error.Error), of methods promoted from embedded fields (value and
// pointer embeddings, variadic), and (*T).M of value methods (Go's
// test/ddd.go, fixedbugs/issue29304.go, issue4495.go).

import (
	"errors"
	"fmt"
)

type I interface {
	M(int) string
	Sum(...int) int
}

type T struct{ base int }

func (t T) M(x int) string { return fmt.Sprint("T.M ", t.base+x) }
func (t *T) Sum(xs ...int) int {
	s := t.base
	for _, x := range xs {
		s += x
	}
	return s
}

type U struct{ *T }
type W struct {
	name string
	T
}

func main() {
	t := &T{10}
	im := I.M
	is := I.Sum
	fmt.Println(im(t, 5), is(t, 1, 2, 3), is(U{t}))
	fmt.Println((*U).Sum(&U{t}, 1), U.Sum(U{t}, 2, 2), U.M(U{t}, 1))
	fmt.Println(W.M(W{"w", T{1}}, 1), (*W).M(&W{"w", T{2}}, 2), (*W).Sum(&W{"w", T{3}}, 3))
	fmt.Println((*T).M(t, 1), T.M(*t, 2))
	e := error.Error
	fmt.Println(e(errors.New("boom")))
	fs := []func(I, int) string{I.M, func(i I, n int) string { return "lit" }}
	for _, f := range fs {
		fmt.Println(f(U{t}, 7))
	}
	fmt.Printf("%T\n%T\n", I.Sum, U.Sum)
}
