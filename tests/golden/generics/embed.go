package main

import "fmt"

// Generic types embedded in structs: a non-generic struct embedding
// Box[int] (promoted field and methods), a generic struct embedding another
// generic type instantiated with its own parameter (Named[T] embeds Box[T]),
// and a pointer embedding (*Counter[string]).

type Box[T any] struct {
	V T
}

func (b Box[T]) Get() T      { return b.V }
func (b *Box[T]) Set(v T)    { b.V = v }
func (b Box[T]) Tag() string { return fmt.Sprintf("box(%v)", b.V) }

type Counter[K comparable] struct {
	counts map[K]int
}

func (c *Counter[K]) Inc(k K) int {
	if c.counts == nil {
		c.counts = map[K]int{}
	}
	c.counts[k]++
	return c.counts[k]
}

type Labeled struct {
	Box[int]
	Label string
}

type Named[T any] struct {
	Box[T]
	Name string
}

func (n Named[T]) Tag() string { return n.Name + ":" + n.Box.Tag() }

type Hits struct {
	*Counter[string]
	total int
}

func main() {
	l := Labeled{Box[int]{5}, "five"}
	l.Set(l.Get() + 1)
	fmt.Println(l.V, l.Label, l.Tag(), l.Box.V)
	fmt.Printf("%v %+v\n", l, l)

	n := Named[string]{Name: "greeting"}
	n.Set("hello")
	fmt.Println(n.Get(), n.Tag(), n.Box.Tag())
	fmt.Printf("%T %+v\n", n, n)

	h := Hits{Counter: &Counter[string]{}}
	h.Inc("a")
	h.Inc("b")
	h.total = h.Inc("a")
	fmt.Println(h.total, h.counts["a"], h.counts["b"], len(h.counts))

	var tagger interface{ Tag() string } = Named[float64]{Box[float64]{2.5}, "x"}
	fmt.Println(tagger.Tag())
}
