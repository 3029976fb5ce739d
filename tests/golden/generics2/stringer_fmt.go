package main

import (
	"errors"
	"fmt"
)

// Generic types with String/Error/GoString-free methods printed by fmt:
// %v %+v %s %q %d %T %#v on instances, pointer-receiver String (only the
// pointer is a Stringer), nested instances, Stringer in a slice and map.

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box<%v>", b.V) }

type PBox[T any] struct{ V T }

func (b *PBox[T]) String() string { return fmt.Sprintf("PBox<%v>", b.V) }

type Plain[K comparable, V any] struct {
	Key  K
	Vals []V
	Next *Plain[K, V]
}

type Num[T ~int | ~float64] []T

func (n Num[T]) String() string { return fmt.Sprintf("#%v", []T(n)) }

type Fail[T any] struct{ Why T }

func (f Fail[T]) Error() string { return fmt.Sprint("fail: ", f.Why) }

func main() {
	b := Box[int]{42}
	fmt.Println(b, &b)
	fmt.Printf("%v|%+v|%s|%d|%q\n", b, b, b, b, b)
	fmt.Printf("%T|%T\n", b, &b)
	nb := Box[Box[string]]{Box[string]{"in"}}
	fmt.Println(nb)
	pb := PBox[float64]{1.5}
	fmt.Println(pb, &pb)
	fmt.Printf("%v %+v %v\n", pb, pb, &pb)
	p := Plain[string, int]{Key: "k", Vals: []int{1, 2}}
	p2 := Plain[string, int]{Key: "j", Next: &p}
	fmt.Printf("%v\n%+v\n", p, p2.Next)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T\n", p2)
	var n Num[int] = Num[int]{7}
	var f Num[float64] = Num[float64]{2.5}
	fmt.Println(n, f, []Num[int]{{1}, {2}})
	fmt.Printf("%v %d %s %T\n", n, n, f, f)
	m := map[string]Box[bool]{"t": {true}, "f": {}}
	fmt.Println(m)
	var err error = Fail[int]{404}
	fmt.Println(err)
	fmt.Printf("%v %T\n", err, err)
	wrapped := fmt.Errorf("get: %w", Fail[string]{"timeout"})
	fmt.Println(wrapped, errors.Unwrap(wrapped))
	fmt.Printf("%v %s\n", []any{b, &pb, n, Fail[bool]{true}}, []fmt.Stringer{b, &pb, f})
	fmt.Printf("%x %X %08.3f\n", Box[int]{255}, Num[int]{255}, Num[float64]{3.14159})
}
