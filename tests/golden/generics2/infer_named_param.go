package main

import "fmt"

// Inference when the parameter's type is a named generic type and the
// argument is a type literal with the same
// underlying type: Go unifies them inexactly, by their structure.

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

func Len[T any](l List[T]) int { return l.Len() }

type Dict[K comparable, V any] map[K]V

func Get[K comparable, V any](d Dict[K, V], k K) (V, bool) {
	v, ok := d[k]
	return v, ok
}

type Handler[T any] func(T) string

func Run[T any](h Handler[T], v T) string { return h(v) }

type Pipe[T any] chan T

func Send[T any](p Pipe[T], v T) Pipe[T] {
	p <- v
	return p
}

func main() {
	fmt.Println(Len([]string{"a", "b"}), Len(List[int]{1, 2, 3}))
	v, ok := Get(map[string]int{"a": 1}, "a")
	fmt.Println(v, ok)
	fmt.Println(Run(func(n int) string { return fmt.Sprint(n * 2) }, 21))
	ch := Send(make(chan bool, 1), true)
	fmt.Printf("%v %T\n", <-ch, ch)
}
