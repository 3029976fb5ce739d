package main

import "fmt"

// Instances as interface values: type assertions and type switches on
// instantiated types (List[int] vs List[string] are different types),
// comparison of interface values holding instances, map keys of instance
// type stored as any, generic interfaces Getter[T].

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T) *List[T] { l.items = append(l.items, v); return l }
func (l *List[T]) Len() int         { return len(l.items) }

type Lener interface{ Len() int }

type Getter[T any] interface{ Get() T }

type Const[T any] struct{ v T }

func (c Const[T]) Get() T { return c.v }

type Key[T comparable] struct{ id T }

func describe(x any) string {
	switch v := x.(type) {
	case *List[int]:
		return fmt.Sprint("ints ", v.items)
	case *List[string]:
		return fmt.Sprint("strings ", v.items)
	case Getter[int]:
		return fmt.Sprint("getter of int ", v.Get())
	case Getter[string]:
		return "getter of string " + v.Get()
	case Key[int], Key[string]:
		return fmt.Sprintf("key %v", v)
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func Sum[T int | float64](gs ...Getter[T]) T {
	var s T
	for _, g := range gs {
		s += g.Get()
	}
	return s
}

func main() {
	li := (&List[int]{}).Add(1).Add(2)
	ls := (&List[string]{}).Add("a")
	lf := &List[float64]{}
	for _, x := range []any{li, ls, lf, Const[int]{7}, Const[string]{"s"}, Const[bool]{}, Key[int]{1}, Key[string]{"k"}, Key[bool]{true}, nil} {
		fmt.Println(describe(x))
	}
	var lens []Lener = []Lener{li, ls, lf}
	for _, l := range lens {
		fmt.Print(l.Len(), " ")
	}
	fmt.Println()
	_, ok := lens[0].(*List[string])
	l2, ok2 := lens[0].(*List[int])
	fmt.Println(ok, ok2, l2 == li)
	var a, b any = Key[int]{1}, Key[int]{1}
	var c any = Key[int64]{1}
	fmt.Println(a == b, a == c)
	set := map[any]int{}
	set[Key[int]{1}]++
	set[Key[int]{1}]++
	set[Key[string]{"1"}]++
	set[Const[int]{1}]++
	fmt.Println(len(set), set[Key[int]{1}], set[Key[uint]{1}])
	fmt.Println(Sum[int](Const[int]{1}, Const[int]{2}), Sum(Getter[float64](Const[float64]{0.5})))
	var g Getter[[]string] = Const[[]string]{[]string{"x", "y"}}
	fmt.Println(g.Get(), len(g.Get()))
	fmt.Printf("%T %T\n", g, lens[1])
}
