// Generic types that name each other through method signatures: the
// instance met inside another's definition is defined after it, so
// Cons[int] holds a complete List[int] (Go's test/typeparam/cons.go).
package main

import "fmt"

type any interface{}

type Function[a, b any] interface {
	Apply(x a) b
}

type incr struct{ n int }

func (this incr) Apply(x int) int { return x + this.n }

type pos struct{}

func (this pos) Apply(x int) bool { return x > 0 }

type List[a any] interface {
	Match(casenil Function[Nil[a], any], casecons Function[Cons[a], any]) any
}

type Nil[a any] struct{}

func (xs Nil[a]) Match(casenil Function[Nil[a], any], casecons Function[Cons[a], any]) any {
	return casenil.Apply(xs)
}

type Cons[a any] struct {
	Head a
	Tail List[a]
}

func (xs Cons[a]) Match(casenil Function[Nil[a], any], casecons Function[Cons[a], any]) any {
	return casecons.Apply(xs)
}

type mapNil[a, b any] struct{}

func (m mapNil[a, b]) Apply(_ Nil[a]) any { return Nil[b]{} }

type mapCons[a, b any] struct {
	f Function[a, b]
}

func (m mapCons[a, b]) Apply(xs Cons[a]) any {
	return Cons[b]{m.f.Apply(xs.Head), Map[a, b](m.f, xs.Tail)}
}

func Map[a, b any](f Function[a, b], xs List[a]) List[b] {
	return xs.Match(mapNil[a, b]{}, mapCons[a, b]{f}).(List[b])
}

func show[a any](xs List[a]) string {
	s := ""
	for {
		c, ok := xs.(Cons[a])
		if !ok {
			return s + "nil"
		}
		s += fmt.Sprint(c.Head) + " "
		xs = c.Tail
	}
}

// A cache whose pointer-embedded part is defined after it: the methods
// promoted through *anyCache[T] are still in AnyCache[T]'s method set.
type Cacher[T any] interface {
	Get(k string) (T, bool)
	Set(k string, x T)
}

type AnyCache[T any] struct {
	*anyCache[T]
}

type anyCache[T any] struct {
	items map[string]T
	next  *anyCache[T]
}

func (c *anyCache[T]) Set(k string, x T) { c.items[k] = x }

func (c *anyCache[T]) Get(k string) (T, bool) {
	x, ok := c.items[k]
	return x, ok
}

func NewCacher[T any]() Cacher[T] {
	return &AnyCache[T]{&anyCache[T]{items: map[string]T{}}}
}

func main() {
	var xs List[int] = Cons[int]{3, Cons[int]{6, Nil[int]{}}}
	ys := Map[int, int](incr{-5}, xs)
	zs := Map[int, bool](pos{}, ys)
	fmt.Println(show(xs), "|", show(ys), "|", show(zs))
	fmt.Printf("%T %T\n", xs, zs)

	c := NewCacher[any]()
	c.Set("k", 42)
	v, ok := c.Get("k")
	_, ok2 := c.Get("x")
	fmt.Println(v, ok, ok2)
}
