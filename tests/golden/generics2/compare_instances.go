package main

import "fmt"

// Comparing instances: == on generic structs and arrays of T, a zero
// check with var zero T, instances as map keys, comparable-constrained
// Equal over slices, pointers to instances, and interface values holding
// different instantiations that print alike.

type Pair[K, V comparable] struct {
	K K
	V V
}

type Vec[T comparable] [3]T

func IsZero[T comparable](x T) bool {
	var zero T
	return x == zero
}

func Equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func Count[T comparable](xs []T, x T) (n int) {
	for _, v := range xs {
		if v == x {
			n++
		}
	}
	return
}

type Wrapper[T any] struct{ p *T }

func main() {
	a := Pair[string, int]{"a", 1}
	b := Pair[string, int]{"a", 1}
	fmt.Println(a == b, a != Pair[string, int]{"a", 2})
	fmt.Println(IsZero(a), IsZero(Pair[string, int]{}), IsZero(0.0), IsZero(""), IsZero[*int](nil))
	v := Vec[float64]{1, 2, 3}
	fmt.Println(v == Vec[float64]{1, 2, 3}, IsZero(v), IsZero(Vec[string]{}))
	m := map[Pair[int, bool]]string{{1, true}: "x"}
	m[Pair[int, bool]{1, true}] += "y"
	m[Pair[int, bool]{1, false}] = "z"
	fmt.Println(len(m), m[Pair[int, bool]{1, true}])
	fmt.Println(Equal([]Vec[int]{{1}, {2}}, []Vec[int]{{1}, {2}}), Equal([]string{"a"}, nil), Equal[rune](nil, []rune{}))
	fmt.Println(Count([]Pair[string, int]{a, b, {}}, a), Count([]*int{nil, nil}, nil))
	x := 5
	w1, w2 := Wrapper[int]{&x}, Wrapper[int]{&x}
	fmt.Println(w1 == w2, *w1.p)
	var i1 any = Pair[int, int]{1, 2}
	var i2 any = Pair[int64, int]{1, 2}
	fmt.Println(i1 == i2, fmt.Sprint(i1) == fmt.Sprint(i2))
	fmt.Printf("%v %v %T %T\n", i1, i2, i1, i2)
	nan := Vec[float64]{0, 0, 0}
	nan[1] = nan[1] / nan[0]
	fmt.Println(nan == nan, IsZero(nan))
}
